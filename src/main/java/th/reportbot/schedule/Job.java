package th.reportbot.schedule;

import java.time.LocalTime;

import th.reportbot.roster.Schedule;

/** The scheduled jobs of a district's week, on its deadline day. */
public enum Job {
    /** A reminder to the whole group. Useful until the next reminder. */
    MORNING_REMINDER,
    /** A reminder naming the organisations still missing. Useful until the deadline. */
    MISSING_REMINDER,
    /** The district table and who is missing. Useful until the end of the deadline day. */
    FRIDAY_TABLE;

    LocalTime at(Schedule s) {
        return switch (this) {
            case MORNING_REMINDER -> s.morningReminder();
            case MISSING_REMINDER -> s.missingReminder();
            case FRIDAY_TABLE -> s.table();
        };
    }

    /** Whether the district's roster leaves this push on ({@code schedule.push}). */
    boolean on(Schedule s) {
        return switch (this) {
            case MORNING_REMINDER -> s.pushes().morningReminder();
            case MISSING_REMINDER -> s.pushes().missingReminder();
            case FRIDAY_TABLE -> s.pushes().fridayTable();
        };
    }

    /** The time after which running the job would no longer help; null for the end of the day. */
    LocalTime usefulUntil(Schedule s) {
        return switch (this) {
            case MORNING_REMINDER -> s.missingReminder();
            case MISSING_REMINDER -> s.table();
            case FRIDAY_TABLE -> null;
        };
    }
}
