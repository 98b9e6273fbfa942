package th.reportbot.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.client.MessagingApiClient;

import th.reportbot.report.GroupNames;

/**
 * Group names from LINE's group summary ({@code GET /v2/bot/group/{id}/summary}), cached so a page view does not ask
 * LINE each time. A page never waits long for LINE: after {@link #WAIT} the id stands in, and a failed look-up is
 * remembered briefly so a LINE outage does not slow every page.
 */
@Component
class LineGroupNames implements GroupNames {
    private static final Logger log = LoggerFactory.getLogger(LineGroupNames.class);
    static final Duration WAIT = Duration.ofMillis(1500);
    private static final Duration KNOWN_FOR = Duration.ofHours(6);
    private static final Duration UNKNOWN_FOR = Duration.ofMinutes(1);

    private record Cached(String name, Instant until) {
    }

    private final ObjectProvider<MessagingApiClient> client;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    LineGroupNames(ObjectProvider<MessagingApiClient> client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public String nameOf(String groupId) {
        return namesOf(java.util.List.of(groupId)).get(groupId);
    }

    @Override
    public Map<String, String> namesOf(Collection<String> groupIds) {
        Instant now = clock.instant();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, CompletableFuture<String>> asked = new LinkedHashMap<>();
        for (String id : groupIds) {
            Cached cached = cache.get(id);
            if (cached != null && now.isBefore(cached.until())) {
                names.put(id, cached.name());
            } else {
                asked.put(id, ask(id));
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos(); // one wait for all: the look-ups run side by side
        for (Map.Entry<String, CompletableFuture<String>> e : asked.entrySet()) {
            String id = e.getKey();
            String name = null;
            try {
                name = e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception failure) {
                log.warn("No name for group {} from LINE ({}); showing its id", id, failure.toString());
            }
            boolean known = name != null && !name.isBlank();
            cache.put(id, new Cached(known ? name : id, now.plus(known ? KNOWN_FOR : UNKNOWN_FOR)));
            names.put(id, known ? name : id);
        }
        return names;
    }

    private CompletableFuture<String> ask(String groupId) {
        try {
            return client.getObject().getGroupSummary(groupId).thenApply(r -> r.body().groupName());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
