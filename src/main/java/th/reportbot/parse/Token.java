package th.reportbot.parse;

import java.time.LocalDate;

/**
 * A piece of a normalised message that looks like a number.
 *
 * @param value  for {@link Kind#NUMBER}, the number
 * @param signed for {@link Kind#NUMBER}, written with a leading "+"
 * @param date   for {@link Kind#DATE}, the date
 * @param odd    for {@link Kind#NUMBER}, written with commas that are not thousands ("1,54"): its digits are read
 *               together, and the report is asked about rather than stored
 */
record Token(Kind kind, int start, int end, long value, boolean signed, LocalDate date, boolean odd) {
    enum Kind {
        /** A number that may be a count. */
        NUMBER,
        /** A calendar date. */
        DATE,
        /** "A ➡️ B": from one total to the next. */
        ARROW,
        /** Digits that are never a count: times, phone numbers, ranges, URLs, decimals. */
        NOT_A_COUNT
    }

    static Token number(int start, int end, long value, boolean signed) {
        return new Token(Kind.NUMBER, start, end, value, signed, null, false);
    }

    static Token oddNumber(int start, int end, long value) {
        return new Token(Kind.NUMBER, start, end, value, false, null, true);
    }

    static Token date(int start, int end, LocalDate date) {
        return new Token(Kind.DATE, start, end, 0, false, date, false);
    }

    static Token of(Kind kind, int start, int end) {
        return new Token(kind, start, end, 0, false, null, false);
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
