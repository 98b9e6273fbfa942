package th.reportbot.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import th.reportbot.calendar.ThaiCalendar;

/** Thai calendar conventions: month names, Buddhist-era years, years left out. */
final class ThaiDates {
    /** Full and abbreviated month names, January first, from {@link ThaiCalendar}; dots escaped, the last optional. */
    private static final String[][] MONTHS = new String[12][];
    /** Full names and abbreviations without their dots → the month (1-12). */
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        for (int m = 1; m <= 12; m++) {
            String abbreviation = ThaiCalendar.shortMonth(m);
            String pattern = abbreviation.replace(".", "\\.");
            if (pattern.endsWith("\\.")) {
                pattern = pattern + "?";
            }
            MONTHS[m - 1] = new String[]{ThaiCalendar.fullMonth(m), pattern};
            BY_NAME.put(ThaiCalendar.fullMonth(m), m);
            BY_NAME.put(abbreviation.replace(".", ""), m);
        }
    }

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
        Integer month = BY_NAME.get(name.replace(".", ""));
        if (month == null) {
            throw new IllegalArgumentException("not a Thai month: " + name);
        }
        return month;
    }

    /** The Christian-era year for a year as written (2566, 2023 or 66). */
    static int christianYear(String written) {
        return ThaiCalendar.christianYear(written);
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
            LocalDate friday = ThaiCalendar.fridayOf(reference);
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
