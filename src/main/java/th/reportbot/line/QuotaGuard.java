package th.reportbot.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.QuotaType;

/**
 * Reads the channel's monthly quota and what it has used (cached for minutes, not read per push) and says whether a
 * push to a group fits. A reminder must leave room for the group's table: the Friday table goes first.
 */
@Component
public class QuotaGuard {
    private static final Logger log = LoggerFactory.getLogger(QuotaGuard.class);
    private static final Duration QUOTA_FOR = Duration.ofMinutes(5);
    private static final Duration MEMBERS_FOR = Duration.ofHours(6);

    private record Cached<T>(T value, Instant at) {
    }

    private final ObjectProvider<MessagingApiClient> client;
    private final Clock clock;
    private volatile Cached<long[]> quota; // {limit or -1 for none, used}
    private final Map<String, Cached<Long>> members = new ConcurrentHashMap<>();

    QuotaGuard(ObjectProvider<MessagingApiClient> client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** @param table true for the Friday table, false for a reminder */
    public boolean allows(String groupId, boolean table) {
        try {
            long[] q = quota();
            if (q[0] < 0) {
                return true;
            }
            long cost = members(groupId);
            long remaining = q[0] - q[1];
            return remaining >= (table ? cost : 2 * cost);
        } catch (Exception e) {
            log.warn("Could not read the message quota ({}); pushing anyway", e.toString());
            return true;
        }
    }

    public void forget() {
        quota = null;
        members.clear();
    }

    /** Counts a push against the cached consumption until the next read. */
    public void spent(String groupId) {
        Cached<long[]> q = quota;
        Cached<Long> m = members.get(groupId);
        if (q != null && m != null) {
            quota = new Cached<>(new long[]{q.value()[0], q.value()[1] + m.value()}, q.at());
        }
    }

    private long[] quota() throws Exception {
        Cached<long[]> q = quota;
        if (q == null || q.at().plus(QUOTA_FOR).isBefore(clock.instant())) {
            MessageQuotaResponse limit = client.getObject().getMessageQuota().get(10, TimeUnit.SECONDS).body();
            long used = client.getObject().getMessageQuotaConsumption().get(10, TimeUnit.SECONDS).body().totalUsage();
            long max = limit.type() == QuotaType.LIMITED && limit.value() != null ? limit.value() : -1;
            q = new Cached<>(new long[]{max, used}, clock.instant());
            quota = q;
        }
        return q.value();
    }

    private long members(String groupId) throws Exception {
        Cached<Long> m = members.get(groupId);
        if (m == null || m.at().plus(MEMBERS_FOR).isBefore(clock.instant())) {
            Integer count = client.getObject().getGroupMemberCount(groupId).get(10, TimeUnit.SECONDS).body().count();
            m = new Cached<>(count == null ? 0L : count.longValue(), clock.instant());
            members.put(groupId, m);
        }
        return m.value();
    }
}
