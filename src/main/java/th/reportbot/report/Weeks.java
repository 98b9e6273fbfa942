package th.reportbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import th.reportbot.calendar.ThaiCalendar;

/** Reports belong to a Friday: the one that ends the Saturday-to-Friday window, in Bangkok time. */
public final class Weeks {
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private Weeks() {
    }

    public static LocalDate fridayOf(LocalDate day) {
        return ThaiCalendar.fridayOf(day);
    }

    public static LocalDate fridayOf(Instant instant) {
        return fridayOf(dayOf(instant));
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(BANGKOK).toLocalDate();
    }
}
