package th.reportbot.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** Thai calendar conventions: month names, Buddhist-era years, years left out. */
final class ThaiDates {
    private static final int BUDDHIST_ERA_OFFSET = 543;

    /** Full and abbreviated month names, January first; abbreviations with their dots escaped for a regex. */
    private static final String[][] MONTHS = {
            {"มกราคม", "ม\\.ค\\.?"}, {"กุมภาพันธ์", "ก\\.พ\\.?"}, {"มีนาคม", "มี\\.ค\\.?"}, {"เมษายน", "เม\\.ย\\.?"},
            {"พฤษภาคม", "พ\\.ค\\.?"}, {"มิถุนายน", "มิ\\.ย\\.?"}, {"กรกฎาคม", "ก\\.ค\\.?"}, {"สิงหาคม", "ส\\.ค\\.?"},
            {"กันยายน", "ก\\.ย\\.?"}, {"ตุลาคม", "ต\\.ค\\.?"}, {"พฤศจิกายน", "พ\\.ย\\.?"}, {"ธันวาคม", "ธ\\.ค\\.?"}};

    private ThaiDates() {
    }

    /** A regex alternation of every month name, longest forms first. */
    static String monthPattern() {
        StringBuilder sb = new StringBuilder();
        for (String[] m : MONTHS) {
            sb.append(sb.isEmpty() ? "" : "|").append(m[0]);
        }
        for (String[] m : MONTHS) {
            sb.append('|').append(m[1]);
        }
        return sb.toString();
    }

    /** The month (1-12) a name found by {@link #monthPattern()} stands for. */
    static int month(String name) {
        String plain = name.replace(".", "");
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i][0].equals(name) || MONTHS[i][1].replace("\\.", "").replace("?", "").equals(plain)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a Thai month: " + name);
    }

    /**
     * The Christian-era year for a year as written: four digits in either era (2566 or 2023), or two digits of a
     * Buddhist-era year (66 is 2566).
     */
    static int christianYear(String written) {
        int y = Integer.parseInt(written);
        if (written.length() <= 2) {
            return 2500 + y - BUDDHIST_ERA_OFFSET;
        }
        return y >= 2400 ? y - BUDDHIST_ERA_OFFSET : y;
    }

    /**
     * The date, if the parts make one. With no year, the latest such date not after the Friday of the reference
     * day's week (docs/design.md, "Dates"): a report is never dated after the week it is posted in.
     */
    static Optional<LocalDate> of(Integer year, int month, int day, LocalDate reference) {
        try {
            if (year != null) {
                return Optional.of(LocalDate.of(year, month, day));
            }
            LocalDate friday = reference.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            for (int y = friday.getYear(); y >= friday.getYear() - 4; y--) {
                LocalDate candidate = safe(y, month, day);
                if (candidate != null && !candidate.isAfter(friday)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
