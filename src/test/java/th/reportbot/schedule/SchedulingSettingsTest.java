package th.reportbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.TestPropertySource;

import th.reportbot.support.BotTestBase;

/** reportbot.schedule.* decides how the job runner is ticked. (The first tick is an hour away: nothing runs here.) */
@TestPropertySource(properties = {"reportbot.schedule.enabled=true", "reportbot.schedule.first-tick=1h",
        "reportbot.schedule.tick=7s"})
class SchedulingSettingsTest extends BotTestBase {
    @Autowired
    private List<ScheduledTaskHolder> holders;

    @Test
    void theJobRunnerIsTickedAsConfigured() {
        List<FixedDelayTask> ticks = holders.stream().flatMap(h -> h.getScheduledTasks().stream())
                .map(t -> t.getTask()).filter(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .toList();
        assertThat(ticks).singleElement().satisfies(tick -> {
            assertThat(tick.getIntervalDuration()).isEqualTo(Duration.ofSeconds(7));
            assertThat(tick.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
        });
    }
}
