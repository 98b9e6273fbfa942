package th.reportbot.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What storing a message needs to know: which organisations reported in its week, and the current reports of the
 * organisations it names, week by week, and the organisation the sender is bound to (null when none), and which of
 * the named organisations were already asked for their baseline in this chat.
 */
public record OrgReports(Set<String> reportedInWeek, Map<LocalDate, Map<String, StoredReport>> reports,
                         String senderOrg, Set<String> baselineAsked) {
    public OrgReports {
        reportedInWeek = Set.copyOf(reportedInWeek);
        reports = Map.copyOf(reports);
        baselineAsked = Set.copyOf(baselineAsked);
    }

    public OrgReports(Set<String> reportedInWeek, Map<LocalDate, Map<String, StoredReport>> reports,
                      String senderOrg) {
        this(reportedInWeek, reports, senderOrg, Set.of());
    }
}
