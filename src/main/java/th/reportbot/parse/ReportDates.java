package th.reportbot.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which written date a report is "as of". Not the date labelling the baseline column ("ยอด ณ 26 พ.ค. 66 = 30"), nor
 * a date in a table's header row (a line of column labels with no count on it).
 */
final class ReportDates {
    private static final Set<Label> COLUMN_LABELS = Set.of(Label.TOTAL, Label.BASELINE, Label.INCREASE, Label.PREVIOUS);

    private final String text;
    private final List<Token> tokens;
    private final Set<Token> counts;
    private final List<Labels.Found> labels;
    private final Set<Token> baselineLabels;

    ReportDates(String text, List<Token> tokens, Set<Token> counts, List<Labels.Found> labels, Set<Token> baselineLabels) {
        this.text = text;
        this.tokens = tokens;
        this.counts = counts;
        this.labels = labels;
        this.baselineLabels = baselineLabels;
    }

    LocalDate firstWithin(Segment segment) {
        return first(segment.start(), segment.end());
    }

    LocalDate firstBefore(int end) {
        return first(0, end);
    }

    private LocalDate first(int from, int to) {
        for (int i = Positions.firstAtOrAfter(tokens, from, Token::start); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= to) {
                return null;
            }
            if (t.is(Token.Kind.DATE) && !baselineLabels.contains(t) && !inHeaderRow(t)) {
                return t.date();
            }
        }
        return null;
    }

    private boolean inHeaderRow(Token date) {
        int lineStart = text.lastIndexOf('\n', date.start()) + 1;
        int lineEnd = text.indexOf('\n', date.end());
        int end = lineEnd < 0 ? text.length() : lineEnd;
        boolean countOnLine = false;
        for (int i = Positions.firstAtOrAfter(tokens, lineStart, Token::start); i < tokens.size() && tokens.get(i).end() <= end; i++) {
            countOnLine |= counts.contains(tokens.get(i));
        }
        boolean columnLabel = false;
        for (int i = Positions.firstAtOrAfter(labels, lineStart, Labels.Found::start); i < labels.size() && labels.get(i).end() <= end; i++) {
            columnLabel |= COLUMN_LABELS.contains(labels.get(i).label());
        }
        return columnLabel && !countOnLine;
    }
}
