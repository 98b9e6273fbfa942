package th.reportbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import th.reportbot.BotProperties;
import th.reportbot.report.ChatEvent;

/**
 * Events older than the dedupe window ({@code reportbot.store.dedupe-for}): their dedupe marker may have expired, so a
 * captured request replayed that late would look new. They are kept in the history as refused and change nothing.
 */
@Component
class StaleEvents {
    static final String REASON = "older than the dedupe window";

    private final Clock clock;
    private final Duration window;

    StaleEvents(Clock clock, BotProperties properties) {
        this.clock = clock;
        this.window = properties.store().dedupeFor();
    }

    boolean isStale(ChatEvent event) {
        return Instant.ofEpochMilli(event.timestamp()).isBefore(clock.instant().minus(window));
    }
}
