package th.reportbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks the arithmetic a message states; what was written is kept either way. */
final class ReportWarnings {
    private ReportWarnings() {
    }

    static ParsedReport apply(String org, LocalDate date, SegmentReader.Fields f, boolean unsure) {
        List<ParseWarning> warnings = new ArrayList<>();
        Long weekly = f.weekly;
        if (weekly == null && f.increase == null && f.previous != null && f.total != null) {
            weekly = f.total - f.previous;
        }
        boolean formAddsUp = f.baseline == null || f.increase == null || f.total == null
                || f.baseline + f.increase == f.total;
        boolean weekAddsUp = f.previous == null || weekly == null || f.total == null
                || f.previous + weekly == f.total;
        if (!formAddsUp || !weekAddsUp) {
            warnings.add(ParseWarning.MISMATCH);
        }
        return new ParsedReport(org, date, f.baseline, f.increase, weekly, f.total, f.previous, warnings, unsure);
    }
}
