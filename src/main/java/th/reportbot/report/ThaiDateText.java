package th.reportbot.report;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Dates the way Thai officials write them: "ศุกร์ 2 มิ.ย. 2566", "26 พ.ค. 66", "๒๖ พฤษภาคม ๒๕๖๖". */
public final class ThaiDateText {
    private static final String[] MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
            "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] FULL_MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] DAYS = {"จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"};

    private ThaiDateText() {
    }

    /** "ศุกร์ 2 มิ.ย. 2566" */
    public static String withDay(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()] + " " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
    }

    /** "26 พ.ค. 66" */
    public static String short2(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543) % 100;
    }

    /** "2 มิถุนายน 2566" */
    public static String full(LocalDate date) {
        return date.getDayOfMonth() + " " + fullMonth(date) + " " + (date.getYear() + 543);
    }

    public static String fullMonth(LocalDate date) {
        return FULL_MONTHS[date.getMonthValue() - 1];
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
