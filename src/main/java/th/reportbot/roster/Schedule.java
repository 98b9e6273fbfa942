package th.reportbot.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * A district's Friday, in Bangkok time: the morning reminder, the reminder to those still missing, the district
 * table (which is also the deadline), the public holidays that move them, and which of the three are pushed.
 */
public record Schedule(LocalTime morningReminder, LocalTime missingReminder, LocalTime table, Set<LocalDate> holidays,
                       Pushes pushes) {
    public static final Schedule DEFAULT = new Schedule(LocalTime.of(9, 0), LocalTime.of(14, 0), LocalTime.of(16, 30),
            Set.of());

    public Schedule {
        holidays = Set.copyOf(holidays);
        pushes = pushes == null ? Pushes.ALL : pushes;
    }

    /** A schedule that pushes all three. */
    public Schedule(LocalTime morningReminder, LocalTime missingReminder, LocalTime table, Set<LocalDate> holidays) {
        this(morningReminder, missingReminder, table, holidays, Pushes.ALL);
    }

    /** When a week's reports are due: the table time on its deadline day (Bangkok time). */
    public LocalDateTime deadline(LocalDate friday) {
        return deadlineDay(friday).atTime(table);
    }

    /** The day a week's reports are due: its Friday, or the last working day before it when the Friday is off. */
    public LocalDate deadlineDay(LocalDate friday) {
        LocalDate day = friday;
        while (holidays.contains(day) || day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }
}
