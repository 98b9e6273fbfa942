package th.reportbot.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Ticks the job runner. Off with {@code reportbot.schedule.enabled=false} (tests tick it themselves). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "reportbot.schedule.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
    private final JobRunner runner;

    SchedulingConfiguration(JobRunner runner) {
        this.runner = runner;
    }

    @Scheduled(initialDelayString = "${reportbot.schedule.first-tick:5s}", fixedDelayString = "${reportbot.schedule.tick:20s}")
    void tick() {
        runner.tick(); // returns at once; pushes and their retries go on off this thread
    }
}
