package th.reportbot.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import th.reportbot.report.Weeks;
import th.reportbot.roster.Schedule;

/**
 * When a district's jobs fall in the week of a given moment, holidays considered. A job whose push the roster switched
 * off is not planned at all. Plain Java.
 */
public final class WeekPlan {
    private WeekPlan() {
    }

    public static List<DueJob> jobs(Schedule schedule, Instant now) {
        return jobs(schedule, Weeks.fridayOf(Weeks.dayOf(now)));
    }

    public static List<DueJob> jobs(Schedule schedule, LocalDate friday) {
        LocalDate deadlineDay = schedule.deadlineDay(friday);
        List<DueJob> jobs = new ArrayList<>();
        for (Job job : Job.values()) {
            if (!job.on(schedule)) {
                continue;
            }
            LocalTime until = job.usefulUntil(schedule);
            jobs.add(new DueJob(job, friday, deadlineDay, at(deadlineDay, job.at(schedule)),
                    until == null ? at(deadlineDay.plusDays(1), LocalTime.MIDNIGHT) : at(deadlineDay, until)));
        }
        return jobs;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Weeks.BANGKOK).toInstant();
    }
}
