package th.reportbot.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiPredicate;

import th.reportbot.report.Weeks;
import th.reportbot.roster.Schedule;

/**
 * How many scheduled pushes a group still has this month, for the quota projection. Deliberately simple and on the
 * high side: every push the roster leaves on that is due later this month (Bangkok time), or is due now and not done,
 * is counted as if it will be pushed, although a reminder is saved when nobody is missing and the table when a reply
 * carried it. Plain Java.
 */
final class MonthPlan {
    /** A month has at most five Fridays; six weeks cover a deadline moved back into the month by a holiday. */
    private static final int WEEKS_AHEAD = 6;

    private MonthPlan() {
    }

    /**
     * @param done whether the job of a week has already ended (sent, saved, skipped)
     */
    static int remainingPushes(Schedule schedule, Instant now, BiPredicate<LocalDate, Job> done) {
        YearMonth month = YearMonth.from(Weeks.dayOf(now));
        LocalDate thisWeek = Weeks.fridayOf(Weeks.dayOf(now));
        int pushes = 0;
        for (int week = 0; week < WEEKS_AHEAD; week++) {
            for (DueJob job : WeekPlan.jobs(schedule, thisWeek.plusWeeks(week))) {
                boolean inMonth = YearMonth.from(job.at().atZone(Weeks.BANGKOK)).equals(month);
                if (inMonth && now.isBefore(job.until()) && !(week == 0 && done.test(job.week(), job.job()))) {
                    pushes++;
                }
            }
        }
        return pushes;
    }
}
