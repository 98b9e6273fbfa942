package th.reportbot.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;


/**
 * Dates the way Thai officials write them: "วันศุกร์ที่ 2 มิ.ย. 2566", "26 พ.ค. 2566", "๒๖ พฤษภาคม ๒๕๖๖". Years are
 * always the four-digit Buddhist year; Thai digits only in the form's own header, where the letter has them.
 */
public final class ThaiDateText {
    private static final DateTimeFormatter THAI_DIGITS_FULL = DateTimeFormatter.ofPattern("d MMMM yyyy")
            .localizedBy(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));

    private static final DateTimeFormatter THAI_DIGITS_DAY = DateTimeFormatter.ofPattern("d")
            .localizedBy(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));
    private static final DateTimeFormatter THAI_DIGITS_YEAR = DateTimeFormatter.ofPattern("yyyy")
            .localizedBy(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));

    private ThaiDateText() {
    }

    /** "วันศุกร์ที่ 2 มิ.ย. 2566" */
    public static String withDay(LocalDate date) {
        return "วัน" + ThaiCalendar.dayName(date.getDayOfWeek()) + "ที่ " + dayMonthYear(date);
    }

    /** "26 พ.ค. 2566", where the day of the week is already clear or there is no room for it. */
    public static String dayMonthYear(LocalDate date) {
        return date.getDayOfMonth() + " " + ThaiCalendar.shortMonth(date.getMonthValue()) + " "
                + ThaiCalendar.buddhistYear(date);
    }

    /** "2 มิถุนายน 2566" */
    public static String full(LocalDate date) {
        return date.getDayOfMonth() + " " + fullMonth(date) + " " + ThaiCalendar.buddhistYear(date);
    }

    public static String fullMonth(LocalDate date) {
        return ThaiCalendar.fullMonth(date.getMonthValue());
    }

    /** The Buddhist-era year, as the form writes it. */
    public static int year(LocalDate date) {
        return ThaiCalendar.buddhistYear(date);
    }

    /** "๒๖ พฤษภาคม ๒๕๖๖": the JDK writes it, Buddhist calendar and Thai digits from the locale's extensions. */
    public static String fullInThaiDigits(LocalDate date) {
        return THAI_DIGITS_FULL.format(date);
    }

    /** "16.30": a time of day as Thai official letters write it, before "น.". */
    public static String time(java.time.LocalTime t) {
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }

    /** "๒" for 2 June 2566. */
    public static String dayInThaiDigits(LocalDate date) {
        return THAI_DIGITS_DAY.format(date);
    }

    /** "๒๕๖๖" for 2 June 2566. */
    public static String yearInThaiDigits(LocalDate date) {
        return THAI_DIGITS_YEAR.format(date);
    }
}
