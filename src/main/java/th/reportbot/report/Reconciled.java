package th.reportbot.report;

import java.util.List;

/** A parsed report made whole with the organisation's history. */
public record Reconciled(Long baseline, Long total, Long statedWeekly, Long previousTotal, List<Warning> warnings) {
    public Reconciled {
        warnings = List.copyOf(warnings);
    }

    public List<ReportWarning> kinds() {
        return warnings.stream().map(Warning::kind).distinct().toList();
    }
}
