package th.reportbot.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The Thai calendar as the bot reads and writes it, in one place: Buddhist-era years (the JDK's
 * {@link ThaiBuddhistChronology}), month names (the JDK's {@code th-TH} locale), and the Friday a day's week ends on.
 * Plain Java, shared by the parser and every formatter.
 */
public final class ThaiCalendar {
    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", THAI);
    private static final DateTimeFormatter FULL_MONTH = DateTimeFormatter.ofPattern("MMMM", THAI);

    private ThaiCalendar() {
    }

    /** 2566 for 2023. */
    public static int buddhistYear(LocalDate date) {
        return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
    }

    /**
     * The Christian-era year for a year as written: four digits in either era (2566 or 2023), or two digits of a
     * Buddhist-era year (66 is 2566).
     */
    public static int christianYear(String written) {
        int y = Integer.parseInt(written);
        if (written.length() > 2 && y < 2400) {
            return y;
        }
        int buddhist = written.length() <= 2 ? 2500 + y : y;
        return LocalDate.from(ThaiBuddhistChronology.INSTANCE.date(buddhist, 1, 1)).getYear();
    }

    /** "พ.ค." */
    public static String shortMonth(int month) {
        return SHORT_MONTH.format(LocalDate.of(2000, month, 1));
    }

    /** "พฤษภาคม" */
    public static String fullMonth(int month) {
        return FULL_MONTH.format(LocalDate.of(2000, month, 1));
    }

    /** "ศุกร์": the day's name as the form writes it after "วัน" (the JDK's full name carries "วัน" itself). */
    public static String dayName(DayOfWeek day) {
        String full = day.getDisplayName(TextStyle.FULL, THAI);
        return full.startsWith("วัน") ? full.substring("วัน".length()) : full;
    }

    /** The Friday that ends the Saturday-to-Friday week the day belongs to. */
    public static LocalDate fridayOf(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }
}
