package th.reportbot.calendar;

import java.time.LocalDate;


/** Dates the way Thai officials write them: "ศุกร์ 2 มิ.ย. 2566", "26 พ.ค. 66", "๒๖ พฤษภาคม ๒๕๖๖". */
public final class ThaiDateText {
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

    /** The same text with Thai digits, as official letters write numbers. */
    public static String thaiDigits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return sb.toString();
    }
}
