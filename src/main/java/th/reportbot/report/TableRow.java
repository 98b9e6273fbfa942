package th.reportbot.report;

import java.time.Instant;
import java.util.List;

/** One organisation's line of the district table. Null numbers are unknown. */
public record TableRow(int no, String orgId, String org, Long baseline, Long increase, Long total, Long weekly,
                       RowStatus status, List<ReportWarning> warnings, Instant reportedAt) {
    public TableRow {
        warnings = List.copyOf(warnings);
    }

    /** Whether the district row counts this organisation: it has all three of the form's numbers. */
    public boolean covered() {
        return new FormNumbers(baseline, increase, total).known();
    }
}
