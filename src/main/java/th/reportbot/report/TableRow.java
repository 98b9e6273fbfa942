package th.reportbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One organisation's line of the district table. Null numbers are unknown. An organisation that has not reported this
 * week but did in an earlier one is shown at that latest earlier total, {@code carriedFrom} naming its week; it is
 * still {@link RowStatus#MISSING}, so reminders and the missing list name it.
 */
public record TableRow(int no, String orgId, String org, Long baseline, Long increase, Long total, Long weekly,
                       RowStatus status, List<ReportWarning> warnings, Instant reportedAt, LocalDate carriedFrom) {
    public TableRow {
        warnings = List.copyOf(warnings);
    }

    /** Whether the district row counts this organisation: it has all three of the form's numbers. */
    public boolean covered() {
        return new FormNumbers(baseline, increase, total).known();
    }

    /** Whether the numbers are an earlier week's, standing in for a report not yet sent. */
    public boolean carried() {
        return carriedFrom != null;
    }
}
