package th.reportbot.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.Weeks;

/** {@code /actuator/health} shows each district's next scheduled jobs, and "off" for a push its roster switched off. */
@Component("schedule")
class ScheduleHealth implements HealthIndicator {
    private final ReportDesks desks;
    private final Clock clock;

    ScheduleHealth(ReportDesks desks, Clock clock) {
        this.desks = desks;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, Object> next = new LinkedHashMap<>();
        for (ReportDesk desk : desks.all()) {
            Map<String, String> jobs = new LinkedHashMap<>();
            var schedule = desk.district().schedule();
            for (Job job : Job.values()) {
                if (!job.on(schedule)) {
                    jobs.put(job.name(), "off");
                }
            }
            for (int week = 0; week < 2 && jobs.size() < Job.values().length; week++) {
                for (DueJob job : WeekPlan.jobs(schedule, Weeks.fridayOf(Weeks.dayOf(now)).plusWeeks(week))) {
                    if (job.at().isAfter(now) && !jobs.containsKey(job.job().name())) {
                        jobs.put(job.job().name(), job.at().atZone(Weeks.BANGKOK).toOffsetDateTime().toString());
                    }
                }
            }
            next.put(desk.district().id(), jobs);
        }
        return Health.up().withDetail("nextRuns", next).build();
    }
}
