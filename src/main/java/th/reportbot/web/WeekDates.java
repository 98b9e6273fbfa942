package th.reportbot.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date in an address ({@code /dashboard/g/…/2023-06-02}, {@code /api/…/reports/2023-06-02}): ISO, and within years
 * the bot can work with. {@code LocalDate} reads years up to 999,999,999, where working out a week's neighbours runs
 * off the end of time.
 */
public final class WeekDates {
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private WeekDates() {
    }

    /** @return the date, or empty when it is not an ISO date or lies outside {@link #FIRST}..{@link #LAST} */
    public static Optional<LocalDate> parse(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(FIRST) || date.isAfter(LAST) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
