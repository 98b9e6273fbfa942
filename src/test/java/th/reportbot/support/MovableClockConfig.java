package th.reportbot.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the bot a clock the test moves, starting on Thursday 1 June 2023. */
@TestConfiguration
public class MovableClockConfig {
    @Bean
    @Primary
    public MovableClock movableClock() {
        return new MovableClock(Instant.parse("2023-06-01T00:00:00Z"));
    }
}
