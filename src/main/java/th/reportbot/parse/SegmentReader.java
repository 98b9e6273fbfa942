package th.reportbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads one organisation's numbers out of its segment of a message: which number is the baseline, the increase, the
 * weekly change, the previous total and the total. The rules, in order:
 * <ol>
 *   <li>A number right after the baseline date ("ยอด ณ 26 พ.ค. 66 = 30") is the baseline.</li>
 *   <li>Otherwise the last label word before it, back to the previous number, names it ({@link Labels}). A label of
 *       increase with a weekly cue ("สัปดาห์นี้เพิ่ม", "เพิ่มขึ้นจากสัปดาห์ที่แล้ว") is the weekly change; so is a bare
 *       "+52". "ยกมา" turns "เพิ่ม" into the weekly change.</li>
 *   <li>A number right after a repeated place name ("(ห้วยข้อง 40 หนองกะปุ 110)", "- ต.โรงเข้ 120") is a per-tambon
 *       part of the organisation's count, not a field.</li>
 *   <li>"A ➡️ B" is the previous total and the total.</li>
 *   <li>Unlabelled numbers: none count when a total is labelled (they are parts: staff and citizens, two
 *       registration channels); three are the form's columns in order (unless exactly one carries "ราย"/"คน": then
 *       it is the total and the others its parts); otherwise the one with "ราย"/"คน", or the last, is the total.</li>
 *   <li>"เท่าเดิม"/"คงเดิม" with no weekly change written means a weekly change of 0.</li>
 * </ol>
 */
final class SegmentReader {
    private static final WordList APPROXIMATELY = new WordList(List.of("ประมาณ", "ราว", "ราวๆ", "ราว ๆ", "เกือบ", "โดยประมาณ"));
    private static final java.util.regex.Pattern UNIT_GAP =
            java.util.regex.Pattern.compile("\\s*(?:ราย|คน|ท่าน)?\\s*");
    /** Between a repeated place name and its part of the count: "ห้วยข้อง 40", "- ต.โรงเข้: 120". */
    private static final java.util.regex.Pattern PART_GAP = java.util.regex.Pattern.compile("[ \\t:=-]*");
    private static final java.util.regex.Pattern PLUS_GAP =
            java.util.regex.Pattern.compile("\\s*(?:ราย|คน|ท่าน)?\\s*\\+\\s*");
    private static final java.util.regex.Pattern EQUALS_GAP =
            java.util.regex.Pattern.compile("\\s*(?:ราย|คน|ท่าน)?\\s*=\\s*");
    private final String text;
    private final List<Token> tokens;
    private final List<Labels.Found> labels;
    private final List<Mention> mentions;
    private final LocalDate baselineDate;
    private final Set<Token> baselineLabels = Collections.newSetFromMap(new IdentityHashMap<>());

    SegmentReader(String text, List<Token> tokens, List<Labels.Found> labels, List<Mention> mentions,
                  LocalDate baselineDate) {
        this.text = text;
        this.tokens = tokens;
        this.labels = labels;
        this.mentions = mentions;
        this.baselineDate = baselineDate;
    }

    /** Dates that label the baseline column rather than date the report; known after {@link #read}. */
    Set<Token> baselineLabels() {
        return baselineLabels;
    }

    /** The segment's numbers as fields, or null when it states nothing. */
    Fields read(Segment segment, Set<Token> counts) {
        Fields f = new Fields();
        List<Long> unlabelled = new ArrayList<>();
        List<Long> unlabelledWithUnit = new ArrayList<>();
        Long weakTotal = null;
        int spanStart = segment.start();
        int first = Positions.firstAtOrAfter(tokens, segment.start(), Token::start);
        Token previous = first > 0 ? tokens.get(first - 1) : null;
        for (int i = first; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= segment.end()) {
                break;
            }
            if (t.is(Token.Kind.NUMBER) && counts.contains(t)) {
                Token next = i + 2 < tokens.size() ? tokens.get(i + 1) : null;
                if (next != null && next.is(Token.Kind.ARROW) && onlyUnitBetween(t, next)) {
                    Token after = tokens.get(i + 2);
                    if (after.is(Token.Kind.NUMBER) && counts.contains(after) && segment.contains(after.start())
                            && onlyUnitBetween(next, after)) {
                        f.previous = t.value();
                        f.total = after.value();
                        f.arrow = true;
                        spanStart = after.end();
                        previous = after;
                        i += 2;
                        continue;
                    }
                }
                if (i + 2 < tokens.size() && isEquation(t, tokens.get(i + 1), tokens.get(i + 2), counts, segment)) {
                    f.baseline = t.value();
                    f.increase = tokens.get(i + 1).value();
                    f.total = tokens.get(i + 2).value();
                    f.evidence = true;
                    previous = tokens.get(i + 2);
                    spanStart = previous.end();
                    i += 2;
                    continue;
                }
                Label label = labelOf(t, previous, Math.max(spanStart, segment.start()), segment);
                if (label == Label.PART) {
                    // a per-tambon part of the count: not a field
                } else if (label == null) {
                    unlabelled.add(t.value());
                    if (followedByUnit(t)) {
                        unlabelledWithUnit.add(t.value());
                    }
                    f.approximate |= approximate(t);
                } else {
                    if (label == Label.TOTAL || label == Label.TOTAL_WEAK) {
                        f.approximate = approximate(t) || roughLabel(t, Math.max(spanStart, segment.start()));
                    }
                    switch (label) {
                        case TOTAL -> f.total = t.value();
                        case TOTAL_WEAK -> weakTotal = t.value();
                        case BASELINE -> f.baseline = t.value();
                        case INCREASE -> f.increase = t.value();
                        case PREVIOUS, FROM -> f.previous = t.value();
                        case WEEKLY_CUE -> f.weekly = t.value();
                        default -> unlabelled.add(t.value());
                    }
                }
            }
            spanStart = t.end();
            previous = t;
        }
        if (f.previous != null && f.increase != null && f.weekly == null) {
            f.weekly = f.increase;
            f.increase = null;
        }
        if (f.total == null && weakTotal != null) {
            f.total = weakTotal;
        }
        if (f.total == null && !unlabelled.isEmpty()) {
            if (unlabelled.size() == 3 && unlabelledWithUnit.size() != 1 && f.baseline == null && f.increase == null) {
                f.baseline = unlabelled.get(0);
                f.increase = unlabelled.get(1);
                f.total = unlabelled.get(2);
            } else if (unlabelledWithUnit.size() == 1) {
                f.total = unlabelledWithUnit.get(0);
            } else {
                f.total = unlabelled.get(unlabelled.size() - 1);
                f.bareTotal = true;
            }
        }
        if (f.weekly == null && hasLabel(segment, Label.UNCHANGED)) {
            f.weekly = 0L;
        }
        return f.isEmpty() ? null : f;
    }

    /**
     * The field a number's label gives it, null when it has none, or {@link Label#PART}.
     */
    private Label labelOf(Token number, Token previous, int spanStart, Segment segment) {
        if (previous != null && previous.is(Token.Kind.DATE) && previous.date().equals(baselineDate)
                && tiedToBaselineDate(previous, number, segment)) {
            baselineLabels.add(previous);
            return Label.BASELINE;
        }
        Label field = null;
        int fieldAt = -1;
        boolean cue = false;
        for (int i = Positions.firstAtOrAfter(labels, spanStart, Labels.Found::start); i < labels.size(); i++) {
            Labels.Found l = labels.get(i);
            if (l.end() > number.start()) {
                break;
            }
            switch (l.label()) {
                case TOTAL, TOTAL_WEAK, BASELINE, INCREASE, PREVIOUS -> {
                    field = l.label();
                    fieldAt = l.end();
                }
                case FROM -> {
                    if (text.substring(l.end(), number.start()).isBlank()) {
                        field = Label.FROM;
                        fieldAt = l.end();
                    }
                }
                case WEEKLY_CUE -> cue = true;
                default -> {
                }
            }
        }
        int lastPlace = -1;
        for (int i = Positions.firstAtOrAfter(mentions, spanStart, Mention::start); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.end() > number.start()) {
                break;
            }
            if (m.start() != segment.nameStart() && PART_GAP.matcher(text).region(m.end(), number.start()).matches()) {
                lastPlace = m.end();
            }
        }
        if (lastPlace > fieldAt) {
            return Label.PART;
        }
        if (cue && (field == null || field == Label.INCREASE)) {
            return Label.WEEKLY_CUE;
        }
        if (field == null && number.signed()) {
            return Label.WEEKLY_CUE;
        }
        return field;
    }

    private boolean hasLabel(Segment segment, Label label) {
        for (int i = Positions.firstAtOrAfter(labels, segment.start(), Labels.Found::start); i < labels.size(); i++) {
            Labels.Found l = labels.get(i);
            if (l.start() >= segment.end()) {
                return false;
            }
            if (l.label() == label) {
                return true;
            }
        }
        return false;
    }

    private boolean followedByUnit(Token t) {
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 6)).stripLeading();
        return after.startsWith("ราย") || after.startsWith("คน") || after.startsWith("ท่าน");
    }

    /** "ประมาณ 225", "ราว 200", "เกือบ 300", "200 กว่าราย": a figure the sender does not know exactly. */
    private boolean approximate(Token t) {
        int before = t.start();
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int after = t.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return APPROXIMATELY.endsAt(text, before) || text.startsWith("กว่า", after);
    }

    /** "ได้รวมๆ แล้วเป็น 61": a total label doubled with "ๆ" means "roughly". */
    private boolean roughLabel(Token number, int spanStart) {
        for (int i = Positions.firstAtOrAfter(labels, spanStart, Labels.Found::start); i < labels.size(); i++) {
            Labels.Found l = labels.get(i);
            if (l.end() > number.start()) {
                return false;
            }
            int at = l.end();
            while (at < number.start() && text.charAt(at) == ' ') {
                at++;
            }
            if ((l.label() == Label.TOTAL || l.label() == Label.TOTAL_WEAK) && at < number.start() && text.charAt(at) == 'ๆ') {
                return true;
            }
        }
        return false;
    }

    /** "140 คน ➜ 147": nothing but spaces and a unit between. */
    private boolean onlyUnitBetween(Token a, Token b) {
        return UNIT_GAP.matcher(text).region(a.end(), b.start()).matches();
    }

    /** "60+9=69", "60 + 9 = 69 ราย": the baseline plus the increase makes the total. */
    private boolean isEquation(Token a, Token b, Token c, Set<Token> counts, Segment segment) {
        return b.is(Token.Kind.NUMBER) && b.signed() && c.is(Token.Kind.NUMBER) && counts.contains(b)
                && counts.contains(c) && segment.contains(c.start())
                && PLUS_GAP.matcher(text).region(a.end(), b.start()).matches()
                && EQUALS_GAP.matcher(text).region(b.end(), c.start()).matches();
    }

    /**
     * A count that follows the baseline date is the baseline: at once ("26 พ.ค. 66 = 1,100"), or across a few words
     * on the same line ("ยอด 26 พ.ค. 2566 จำนวน 120 ราย") when the segment goes on to state a total or an increase.
     * Without a later total, "ณ 26 พ.ค. 66 จำนวน 87 ราย" is a report as of the baseline Friday.
     */
    private boolean tiedToBaselineDate(Token date, Token number, Segment segment) {
        String between = text.substring(date.end(), number.start());
        if (between.matches("[\\s=:]*")) {
            return true;
        }
        if (between.length() > 30 || between.indexOf('\n') >= 0) {
            return false;
        }
        for (int i = Positions.firstAtOrAfter(labels, date.end(), Labels.Found::start); i < labels.size(); i++) {
            Labels.Found l = labels.get(i);
            if (l.start() >= segment.end()) {
                break;
            }
            if (l.start() < number.start()) {
                if (l.label() != Label.TOTAL_WEAK && l.label() != Label.REPORT_WORD && l.label() != Label.UNIT) {
                    return false;
                }
            } else if (l.label() == Label.TOTAL || l.label() == Label.INCREASE) {
                return true;
            }
        }
        return laterReportDate(number, segment);
    }

    /** "ณ 26 พ.ค. 66 จำนวน 290 ราย ณ 2 มิ.ย. 66 จำนวน 318 ราย": another date follows, for the report itself. */
    private boolean laterReportDate(Token number, Segment segment) {
        for (int i = Positions.firstAtOrAfter(tokens, number.end(), Token::start); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= segment.end()) {
                return false;
            }
            if (t.is(Token.Kind.DATE) && !t.date().equals(baselineDate)) {
                return true;
            }
        }
        return false;
    }

    /** What a segment states, before warnings. */
    static final class Fields {
        Long baseline;
        Long increase;
        Long weekly;
        Long total;
        Long previous;
        boolean arrow;
        /** The total is the last of several unlabelled numbers, or one without a unit: weak evidence. */
        boolean bareTotal;
        /** A shape that only a report has (an equation): strong evidence. */
        boolean evidence;
        /** "ประมาณ 225", "200 กว่า": the sender gives a round figure, not the count. */
        boolean approximate;

        /** Only a total, and that from a number with neither label nor unit. */
        boolean onlyABareTotal() {
            return bareTotal && !evidence && baseline == null && increase == null && weekly == null && previous == null;
        }

        boolean isEmpty() {
            return baseline == null && increase == null && weekly == null && total == null && previous == null;
        }
    }
}
