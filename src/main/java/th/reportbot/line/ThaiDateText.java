package th.reportbot.line;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Dates the way Thai officials write them: "ศุกร์ 2 มิ.ย. 2566", "26 พ.ค. 66". */
final class ThaiDateText {
    private static final String[] MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
            "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] DAYS = {"จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"};

    private ThaiDateText() {
    }

    /** "ศุกร์ 2 มิ.ย. 2566" */
    static String withDay(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()] + " " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
    }

    /** "26 พ.ค. 66" */
    static String short2(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543) % 100;
    }
}
