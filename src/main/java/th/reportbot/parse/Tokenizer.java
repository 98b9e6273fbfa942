package th.reportbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds everything in a normalised message that is made of digits and says what it is: a date, a number that may be
 * a count, an arrow between two numbers, or digits that are never a count (times, phone numbers, ranges, URLs).
 * <p>
 * One pass of one pattern whose alternatives are tried in order, only where a token can begin; every alternative is a
 * bounded sequence with no nested repetition, so the scan is linear in the message's length.
 */
final class Tokenizer {
    private static final Pattern TOKENS = Pattern.compile(String.join("|",
            "(?<url>(?:https?://|www\\.)[^\\s]{1,2000})",
            "(?<iso>(?<![0-9])(?<isoY>[0-9]{4})-(?<isoM>[0-9]{1,2})-(?<isoD>[0-9]{1,2})(?![0-9]))",
            "(?<slash>(?<![0-9/])(?<slD>[0-9]{1,4})/(?<slM>[0-9]{1,4})/(?<slY>[0-9]{1,4})(?![0-9/]))",
            // 9/6 after "ณ" or "วันที่" is a day and month; otherwise two numbers joined by a slash are a house or
            // letter number ("7/1", "245/2566"), never a count
            "(?<pair>(?<![0-9/])(?<prD>[0-9]{1,6})/(?<prM>[0-9]{1,4})(?![0-9/]))",
            "(?<thai>(?<![0-9])(?<thD>[0-9]{1,2})(?:[ \\t]?-[ \\t]?[0-9]{1,2})?[ \\t]?(?:/[ \\t]?)?(?=[มกเพสตธ])(?<thM>" + ThaiDates.monthPattern() + ")"
                    + "(?:[ \\t]?/?[ \\t]?(?:(?:พ\\.?ศ\\.?|ค\\.?ศ\\.?)[ \\t]?)?(?<thY>[0-9]{4}|[0-9]{2})(?![0-9]))?)",
            "(?<time>(?<![0-9])[0-9]{1,2}[.:][0-9]{2}(?:[ \\t]?-[ \\t]?[0-9]{1,2}[.:][0-9]{2})?(?![0-9]))",
            // 032-441-316, 032 123 456, 081 234 5678, 0812345678, +66 81 234 5678
            "(?<phone>(?<![0-9])(?:\\+66[ \\t-]?|0)[0-9]{1,2}[ \\t-]?[0-9]{3}[ \\t-]?[0-9]{3,4}(?![0-9])"
                    + "|(?<![0-9])0[0-9]{0,2}-[0-9]{3,4}-[0-9]{3,4}(?![0-9]))",
            "(?<range>(?<![0-9])[0-9]{1,3}[ \\t]?-[ \\t]?[0-9]{1,3}(?![0-9]))",
            // versions (2.3.1) and decimals (2.5): never a count of people
            "(?<decimal>(?<![0-9])[0-9]{1,9}(?:\\.[0-9]{1,9}){1,4}(?![0-9]))",
            // digits and commas that are not all thousands groups ("1,54"): a slip, read whole and asked about; not
            // a list of days before a month ("26,27 พ.ค.")
            "(?<odd>(?<![0-9])[0-9]{1,4}(?:,[0-9]{1,4}){1,4}(?![0-9])(?![ \\t]?[มกเพสตธ]))",
            // possessive, so that a run of digits or of thousands groups is read whole, however long
            "(?<num>(?:\\+[ \\t]?)?(?<![0-9])(?:[0-9]{1,3}(?:,[0-9]{3})++(?!,?[0-9])|[0-9]++))",
            "(?<arrow>➡️|➡︎|➡|➜|➔|➞|⟶|→|⇒|->|=>)"));
    private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+");
    private static final String OTHER_STARTS = "+hHwW➡➜➔➞⟶→⇒=-";
    /** More digits than any count of people has: an id, a code, or a typing slip, never a count. */
    private static final int MAX_COUNT_DIGITS = 9;

    private Tokenizer() {
    }

    static List<Token> tokens(String text, LocalDate reference) {
        List<Token> tokens = new ArrayList<>();
        // The pattern is tried only where a token can start: never inside a run of digits or of letters.
        Matcher m = TOKENS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!canStart(text, i)) {
                i++;
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            int s = m.start();
            int e = m.end();
            i = Math.max(e, i + 1);
            boolean odd = m.start("odd") >= 0 && !THOUSANDS.matcher(m.group("odd")).matches();
            if (m.start("num") >= 0 || m.start("odd") >= 0) {
                // read in place: a substring per number was most of the cost on long messages of numbers
                boolean signed = text.charAt(s) == '+';
                long value = 0;
                int digits = 0;
                int firstDigit = -1;
                for (int k = s; k < e; k++) {
                    char c = text.charAt(k);
                    if (c >= '0' && c <= '9') {
                        firstDigit = firstDigit < 0 ? k : firstDigit;
                        value = digits < 18 ? value * 10 + (c - '0') : value;
                        digits++;
                    }
                }
                if (digits > MAX_COUNT_DIGITS) {
                    tokens.add(Token.of(Token.Kind.NOT_A_COUNT, s, e));
                } else if (odd) {
                    tokens.add(Token.oddNumber(s, e, value));
                } else {
                    tokens.add(Token.number(signed ? firstDigit : s, e, value, signed));
                }
            } else if (m.start("thai") >= 0) {
                Integer year = m.group("thY") == null ? null : ThaiDates.christianYear(m.group("thY"));
                Optional<LocalDate> date = ThaiDates.of(year, ThaiDates.month(m.group("thM")), intOf(m.group("thD")), reference);
                if (date.isPresent()) {
                    tokens.add(Token.date(s, e, date.get()));
                } else {
                    tokens.add(Token.number(m.start("thD"), m.end("thD"), intOf(m.group("thD")), false));
                }
            } else if (m.start("pair") >= 0) {
                Optional<LocalDate> date = dayAndMonth(text, m, reference);
                tokens.add(date.isPresent() ? Token.date(s, e, date.get()) : Token.of(Token.Kind.NOT_A_COUNT, s, e));
            } else if (m.start("slash") >= 0) {
                addDate(tokens, m, s, e, slashDate(m, reference), "slD", "slM", "slY");
            } else if (m.start("iso") >= 0) {
                addDate(tokens, m, s, e, ThaiDates.of(Integer.parseInt(m.group("isoY")), intOf(m.group("isoM")),
                        intOf(m.group("isoD")), reference), "isoY", "isoM", "isoD");
            } else if (m.start("arrow") >= 0) {
                tokens.add(Token.of(Token.Kind.ARROW, s, e));
            } else {
                tokens.add(Token.of(Token.Kind.NOT_A_COUNT, s, e)); // url, time, phone, range, decimal
            }
        }
        return tokens;
    }

    private static boolean canStart(String text, int i) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return i == 0 || !Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) > '9';
        }
        return OTHER_STARTS.indexOf(c) >= 0;
    }

    private static Optional<LocalDate> dayAndMonth(String text, Matcher m, LocalDate reference) {
        String before = text.substring(Math.max(0, m.start() - 8), m.start()).stripTrailing();
        if (!before.endsWith("ณ") && !before.endsWith("วันที่") || m.group("prD").length() > 2 || m.group("prM").length() > 2) {
            return Optional.empty();
        }
        int day = intOf(m.group("prD"));
        int month = intOf(m.group("prM"));
        return day < 1 || day > 31 || month < 1 || month > 12 ? Optional.empty()
                : ThaiDates.of(null, month, day, reference);
    }

    private static Optional<LocalDate> slashDate(Matcher m, LocalDate reference) {
        String y = m.group("slY");
        if (y.length() != 2 && y.length() != 4) {
            return Optional.empty();
        }
        int day = intOf(m.group("slD"));
        int month = intOf(m.group("slM"));
        if (m.group("slD").length() > 2 || m.group("slM").length() > 2 || day < 1 || day > 31 || month < 1 || month > 12) {
            return Optional.empty();
        }
        return ThaiDates.of(ThaiDates.christianYear(y), month, day, reference);
    }

    /** A date if the parts make one, otherwise the parts as separate numbers ("64/12/76" is three counts). */
    private static void addDate(List<Token> tokens, Matcher m, int s, int e, Optional<LocalDate> date, String... parts) {
        if (date.isPresent()) {
            tokens.add(Token.date(s, e, date.get()));
            return;
        }
        List<Token> numbers = new ArrayList<>();
        for (String part : parts) {
            numbers.add(Token.number(m.start(part), m.end(part), Long.parseLong(m.group(part)), false));
        }
        numbers.sort((a, b) -> Integer.compare(a.start(), b.start()));
        tokens.addAll(numbers);
    }

    private static int intOf(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
