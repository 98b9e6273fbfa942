package th.reportbot.parse;

import java.util.List;
import java.util.Set;

/**
 * Whether a number, by the words around it, can be a count of registrations. Not a count: ordinals ("ครั้งที่ 3",
 * "สัปดาห์ที่ 2", "ที่ 1"), village and floor numbers, phone numbers, a negated number ("ไม่ใช่ 500"), laughter
 * ("555", unless a label or a unit makes it a count: "รวม 555", "555 ราย"), durations and amounts ("3 วัน",
 * "2 ฉบับ"), list and row numbers, digits glued to Latin letters.
 */
final class CountContext {
    /** Between a label and its count: spaces, ':' or '=', and perhaps the app's name ("ยอด ThaiD 77"). */
    private static final java.util.regex.Pattern LABEL_GAP =
            java.util.regex.Pattern.compile("[ :=]*(?:(?i:thaid)[ :=]*)?");
    /** A five-digit number after a province's name is its postal code. */
    private static final List<String> PROVINCE_BEFORE_POSTCODE = List.of("เพชรบุรี", "จังหวัด", "จ.");
    private static final long LARGEST_COUNT = 10_000_000L;
    private static final WordList NEVER_AFTER_WORDS = new WordList(CountWords.NEVER_AFTER);
    private static final WordList NEVER_BEFORE_WORDS = new WordList(CountWords.NEVER_BEFORE);
    private static final WordList OTHER_FIGURE_WORDS = new WordList(CountWords.OTHER_FIGURES);

    private CountContext() {
    }

    /** The labels that make the number after them a count, whatever its digits look like. */
    private static final Set<Label> COUNT_LABELS =
            Set.of(Label.TOTAL, Label.TOTAL_WEAK, Label.BASELINE, Label.INCREASE, Label.PREVIOUS);

    /** Latin words that label a count; any other Latin word right before a number names a thing ("iOS 17"). */
    private static final Set<String> LATIN_LABELS = Set.of("thaid", "total", "baseline", "increase", "weekly", "week",
            "unchanged", "d");

    /**
     * @param tokens every token of the message; {@code index} is the number's
     * @param counts the decisions made so far, for the tokens before this one
     */
    /** Whether the message has any word of another kind of figure: most have none, and then no number looks back. */
    static boolean mentionsOtherFigures(String text) {
        for (String word : CountWords.OTHER_FIGURES) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** @param otherFigures what {@link #mentionsOtherFigures} says of the message */
    static boolean isCount(String text, List<Token> tokens, int index, Set<Token> counts,
                           Set<Integer> organisationStarts, List<Labels.Found> labels, boolean otherFigures) {
        Token number = tokens.get(index);
        if (number.value() > LARGEST_COUNT) {
            return false;
        }
        boolean labelled = afterCountLabel(text, number, labels);
        boolean unit = followedByUnit(text, number);
        if (!labelled && !unit && (afterLatinWord(text, number) || chainedToNonCount(text, tokens, index, counts))) {
            return false;
        }
        if (!labelled && !unit && number.value() >= 10_000 && number.value() < 100_000) {
            return false; // a bare five-digit number: a postal code or an id far more often than a subdistrict's count
        }
        int digitsStart = number.start();
        if (text.charAt(digitsStart) == '0' && number.end() - digitsStart > 1) {
            return false; // "0012", "076": codes and references are written with leading zeros, counts never
        }
        int beforeEnd = number.start();
        while (beforeEnd > 0 && text.charAt(beforeEnd - 1) == ' ') {
            beforeEnd--;
        }
        if (beforeEnd > 0 && text.charAt(beforeEnd - 1) == ':') {
            beforeEnd--;
            while (beforeEnd > 0 && text.charAt(beforeEnd - 1) == ' ') {
                beforeEnd--;
            }
        }
        if (NEVER_AFTER_WORDS.endsAt(text, beforeEnd) && !endsAt(text, beforeEnd, "อยู่ที่")) {
            return false; // but "ยอดรวมยังอยู่ที่ 88": "stands at", not an ordinal
        }
        int afterStart = number.end();
        while (afterStart < text.length() && Character.isWhitespace(text.charAt(afterStart))) {
            afterStart++;
        }
        if (NEVER_BEFORE_WORDS.startsAt(text, afterStart)) {
            return false;
        }
        if (isDuration(text, afterStart)) {
            return false;
        }
        if (gluedToLatin(text, number) || afterCodeSlash(text, number) || isPostcode(text, number, beforeEnd)) {
            return false;
        }
        if (isLaughter(text, number, unit, labels)) {
            return false;
        }
        if (otherFigures && isOtherFigure(text, number)) {
            return false;
        }
        return !isListNumber(text, number) && !isRowNumber(text, number, organisationStarts);
    }

    /** "3 วัน", "2 สัปดาห์": a number of days or weeks, but not "วันนี้", "วันศุกร์", "สัปดาห์นี้". */
    private static boolean isDuration(String text, int at) {
        if (text.startsWith("วัน", at)) {
            return CountWords.DAY_WORDS.stream().noneMatch(w -> text.startsWith(w, at));
        }
        return text.startsWith("สัปดาห์", at) && CountWords.WEEK_WORDS.stream().noneMatch(w -> text.startsWith(w, at));
    }

    /** A count label right before it or a unit right after it. */
    static boolean hasEvidence(String text, Token number, List<Labels.Found> labels) {
        return afterCountLabel(text, number, labels) || followedByUnit(text, number);
    }

    private static boolean followedByUnit(String text, Token number) {
        int at = number.end();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.startsWith("ราย", at) || text.startsWith("คน", at) || text.startsWith("ท่าน", at);
    }

    /** "iOS 17", "Android 8", "Passcode: 761500", "A12". */
    private static boolean afterLatinWord(String text, Token number) {
        int end = number.start();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ':')) {
            end--;
        }
        int start = end;
        while (start > 0 && isLatin(text.charAt(start - 1))) {
            start--;
        }
        return start < end && !LATIN_LABELS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** "845 2231 9087" after "ID:": a number that continues, after one space, digits that are not a count. */
    private static boolean chainedToNonCount(String text, List<Token> tokens, int index, Set<Token> counts) {
        if (index == 0) {
            return false;
        }
        Token before = tokens.get(index - 1);
        boolean notACount = before.is(Token.Kind.NOT_A_COUNT) || (before.is(Token.Kind.NUMBER) && !counts.contains(before));
        return notACount && tokens.get(index).start() == before.end() + 1 && text.charAt(before.end()) == ' ';
    }


    /** "ที่ พบ 0012/ว 45", "มท 0309.1/ว 1234": the part of a letter's number after the slash. */
    private static boolean afterCodeSlash(String text, Token number) {
        int i = number.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            i--;
        }
        int letters = 0;
        while (i >= 0 && letters < 4 && text.charAt(i) >= '\u0E01' && text.charAt(i) <= '\u0E4E') {
            i--;
            letters++;
        }
        return letters > 0 && i >= 0 && text.charAt(i) == '/';
    }

    private static boolean isPostcode(String text, Token number, int beforeEnd) {
        if (number.end() - number.start() != 5) {
            return false;
        }
        return PROVINCE_BEFORE_POSTCODE.stream().anyMatch(w -> endsAt(text, beforeEnd, w)) || endsAt(text, beforeEnd, "ไปรษณีย์");
    }

    private static boolean endsAt(String text, int end, String word) {
        return end >= word.length() && text.startsWith(word, end - word.length());
    }

    /**
     * A number that a word for another kind of figure governs: looks back along the line for such a word with no
     * registration word after it.
     */
    private static boolean isOtherFigure(String text, Token number) {
        int from = number.start();
        int stop = Math.max(0, number.start() - 80);
        while (from > stop && text.charAt(from - 1) != '\n') {
            from--;
        }
        int other = OTHER_FIGURE_WORDS.lastStartIn(text, from, number.start());
        if (other < 0) {
            return false;
        }
        // "เป้าหมายลงทะเบียน ThaiD": registration words right after the figure word name the figure, they do not end it
        String rest = text.substring(other + OTHER_FIGURE_WORDS.longestAt(text, other), number.start())
                .toLowerCase(java.util.Locale.ROOT);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String glued : CountWords.REGISTRATION_WORDS) {
                if (rest.stripLeading().startsWith(glued)) {
                    rest = rest.stripLeading().substring(glued.length());
                    stripped = true;
                }
            }
        }
        String after = rest;
        return CountWords.REGISTRATION_WORDS.stream().noneMatch(after::contains);
    }

    private static boolean gluedToLatin(String text, Token number) {
        int s = number.start();
        int e = number.end();
        return (s > 0 && isLatin(text.charAt(s - 1))) || (e < text.length() && isLatin(text.charAt(e)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** "555": laughter, unless a unit after it or a count label before it makes it a count. */
    private static boolean isLaughter(String text, Token number, boolean unit, List<Labels.Found> labels) {
        if (number.end() - number.start() < 3) {
            return false;
        }
        for (int i = number.start(); i < number.end(); i++) {
            if (text.charAt(i) != '5') {
                return false;
            }
        }
        return !unit && !afterCountLabel(text, number, labels);
    }

    /** "รวม 555", "ยอดสะสม: 555": a label right before the number (spaces, ':' or '=' between). */
    private static boolean afterCountLabel(String text, Token number, List<Labels.Found> labels) {
        // Only the nearest labels before the number can be right before it (the app's name may stand between).
        int i = Positions.firstAtOrAfter(labels, number.start(), Labels.Found::start) - 1;
        for (int seen = 0; i >= 0 && seen < 2; i--, seen++) {
            Labels.Found label = labels.get(i);
            if (label.end() > number.start()) {
                continue;
            }
            if (COUNT_LABELS.contains(label.label())) {
                return LABEL_GAP.matcher(text).region(label.end(), number.start()).matches();
            }
            if (label.label() != Label.REPORT_WORD) {
                return false;
            }
        }
        return false;
    }

    /** "1. อบต.ถ้ำรงค์", "2) ..." at the start of a line. */
    private static boolean isListNumber(String text, Token number) {
        int e = number.end();
        if (e >= text.length() || (text.charAt(e) != '.' && text.charAt(e) != ')') || number.value() > 99) {
            return false;
        }
        for (int i = number.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '-' && c != '•') {
                return false;
            }
        }
        return true;
    }

    /** A row or list number right before an organisation's name: "1\tทต.บ้านลาด", "ที่ 1 อบต.ท่าช้าง". */
    private static boolean isRowNumber(String text, Token number, Set<Integer> organisationStarts) {
        int i = number.end();
        while (i < text.length() && i < number.end() + 4 && " \t.):-".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        // "บ้านหาด 248 บ้านทาน 143": a count of the name before it, not the row number of the name after it
        return organisationStarts.contains(i) && startsLine(text, number.start());
    }

    /** Only spaces, tabs or a bullet between the start of the line and this place. */
    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '-' && c != '•') {
                return false;
            }
        }
        return true;
    }
}
