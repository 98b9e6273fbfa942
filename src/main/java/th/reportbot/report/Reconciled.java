package th.reportbot.report;

import java.util.List;

/**
 * A parsed report made whole with the organisation's history.
 *
 * @param doubts why the bot should ask the sender before storing it; empty when it may store it at once
 */
public record Reconciled(Long baseline, Long total, Long statedWeekly, Long previousTotal, List<Warning> warnings,
                         List<Doubt> doubts) {
    public Reconciled {
        warnings = List.copyOf(warnings);
        doubts = List.copyOf(doubts);
    }

    public List<ReportWarning> kinds() {
        return warnings.stream().map(Warning::kind).distinct().toList();
    }
}
