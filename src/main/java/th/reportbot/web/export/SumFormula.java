package th.reportbot.web.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * A {@code SUM} over chosen rows of one column, for a totals row an auditor can check: consecutive rows become one
 * range ({@code SUM(C6:C8,C11)}). Excel takes at most 255 arguments to a function, so longer lists are summed in
 * nested groups.
 */
final class SumFormula {
    static final int MAX_ARGUMENTS = 255;

    private SumFormula() {
    }

    /**
     * @param rows zero-based row indexes, ascending
     * @return the formula without its leading {@code =}, or empty when there is nothing to sum
     */
    static String of(int column, List<Integer> rows) {
        String letter = CellReference.convertNumToColString(column);
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int first = rows.get(i);
            int last = first;
            while (i + 1 < rows.size() && rows.get(i + 1) == last + 1) {
                last = rows.get(++i);
            }
            i++;
            ranges.add(first == last ? letter + (first + 1) : letter + (first + 1) + ":" + letter + (last + 1));
        }
        return ranges.isEmpty() ? "" : sum(ranges);
    }

    private static String sum(List<String> arguments) {
        if (arguments.size() <= MAX_ARGUMENTS) {
            return "SUM(" + String.join(",", arguments) + ")";
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i += MAX_ARGUMENTS) {
            groups.add(sum(arguments.subList(i, Math.min(arguments.size(), i + MAX_ARGUMENTS))));
        }
        return sum(groups);
    }
}
