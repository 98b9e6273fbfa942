package th.reportbot.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import th.reportbot.BotProperties;

/**
 * Keeps the bot from flooding a group back: at most so many replies to one member a minute, then one notice, then
 * silence until the minute is over. What the member sends is still stored; only the answers stop. Per instance.
 */
@Component
class ReplyLimiter {
    enum Decision { REPLY, NOTICE, SILENT }

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_OVER = 10_000;
    private static final Duration PRUNE_EVERY = Duration.ofSeconds(10);

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Instant lastPrune = Instant.EPOCH;

    private static final class Window {
        Instant start;
        int replies;
        boolean noticed;

        Window(Instant start) {
            this.start = start;
        }
    }

    ReplyLimiter(BotProperties properties, Clock clock) {
        this.perMinute = properties.repliesPerMemberPerMinute();
        this.clock = clock;
    }

    Decision decide(String chatId, String userId) {
        if (userId == null) {
            return Decision.REPLY;
        }
        Instant now = clock.instant();
        // Forget finished windows now and then, not on every call: many members at once must not cost a scan each.
        if (windows.size() > FORGET_OVER && lastPrune.plus(PRUNE_EVERY).isBefore(now)) {
            lastPrune = now;
            windows.values().removeIf(w -> w.start.plus(WINDOW).isBefore(now));
        }
        Window w = windows.computeIfAbsent(chatId + "|" + userId, k -> new Window(now));
        synchronized (w) {
            if (!now.isBefore(w.start.plus(WINDOW))) {
                w.start = now;
                w.replies = 0;
                w.noticed = false;
            }
            if (w.replies < perMinute) {
                w.replies++;
                return Decision.REPLY;
            }
            if (!w.noticed) {
                w.noticed = true;
                return Decision.NOTICE;
            }
            return Decision.SILENT;
        }
    }
}
