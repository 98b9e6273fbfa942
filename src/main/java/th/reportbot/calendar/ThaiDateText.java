package th.reportbot.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;


/** Dates the way Thai officials write them: "ศุกร์ 2 มิ.ย. 2566", "26 พ.ค. 66", "๒๖ พฤษภาคม ๒๕๖๖". */
public final class ThaiDateText {
    private static final DateTimeFormatter THAI_DIGITS_FULL = DateTimeFormatter.ofPattern("d MMMM yyyy")
            .localizedBy(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));

    private ThaiDateText() {
    }

    /** "ศุกร์ 2 มิ.ย. 2566" */
    public static String withDay(LocalDate date) {
        return ThaiCalendar.dayName(date.getDayOfWeek()) + " " + date.getDayOfMonth() + " "
                + ThaiCalendar.shortMonth(date.getMonthValue()) + " " + ThaiCalendar.buddhistYear(date);
    }

    /** "26 พ.ค. 66" */
    public static String short2(LocalDate date) {
        return date.getDayOfMonth() + " " + ThaiCalendar.shortMonth(date.getMonthValue()) + " "
                + ThaiCalendar.buddhistYear(date) % 100;
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
}
