package th.reportbot.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import th.reportbot.BotProperties;

/**
 * Slows guessing of the admin token: after so many wrong tokens from one client address in a minute, every login
 * from it is refused until the minute is over. The address is the client's as the proxy reports it
 * ({@code server.forward-headers-strategy}). Per instance, like the reply limit.
 */
@Component
class LoginAttempts {
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_OVER = 10_000;

    private final int failuresPerMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int failures) {
    }

    LoginAttempts(BotProperties properties, Clock clock) {
        this.failuresPerMinute = properties.login().failuresPerMinute();
        this.clock = clock;
    }

    /** @return how long the address must wait, or zero when it may try */
    Duration waitFor(String address) {
        Window w = windows.get(address);
        Instant now = clock.instant();
        if (w == null || !now.isBefore(w.start.plus(WINDOW)) || w.failures < failuresPerMinute) {
            return Duration.ZERO;
        }
        return Duration.between(now, w.start.plus(WINDOW));
    }

    void failed(String address) {
        Instant now = clock.instant();
        if (windows.size() > FORGET_OVER) {
            windows.values().removeIf(w -> !now.isBefore(w.start.plus(WINDOW)));
        }
        windows.compute(address, (a, w) -> w == null || !now.isBefore(w.start.plus(WINDOW))
                ? new Window(now, 1) : new Window(w.start, w.failures + 1));
    }
}
