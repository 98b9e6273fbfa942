package th.reportbot.schedule;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import th.reportbot.BotProperties;

/** Ticks the job runner as {@code reportbot.schedule.*} says. Off with {@code enabled=false} (tests tick it themselves). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration implements SchedulingConfigurer {
    private final JobRunner runner;
    private final BotProperties.Schedule schedule;

    SchedulingConfiguration(JobRunner runner, BotProperties properties) {
        this.runner = runner;
        this.schedule = properties.schedule();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (schedule.enabled()) {
            // tick() returns at once; pushes and their retries go on off this thread
            registrar.addFixedDelayTask(new FixedDelayTask(runner::tick, schedule.tick(), schedule.firstTick()));
        }
    }
}
