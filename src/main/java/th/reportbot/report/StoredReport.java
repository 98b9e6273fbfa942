package th.reportbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an organisation's report for a week, as stored. What the table shows for the week is the newest
 * version by event time; every version stays.
 *
 * @param versionId   unique per version: the event id and the organisation
 * @param week        the Friday the report belongs to
 * @param baseline    the baseline stated in this message, or the one stored before
 * @param total       the current total, as stated or worked out (baseline + increase, last total + change)
 * @param statedWeekly the weekly change the message stated, if any (the table works it out from totals)
 * @param userId      who sent it
 * @param at          LINE's event time
 * @param messageId   LINE's id of the message that carried it
 */
public record StoredReport(String versionId, String orgId, LocalDate week, Long baseline, Long total,
                           Long statedWeekly, List<ReportWarning> warnings, String userId, Instant at,
                           String messageId) {
    public StoredReport {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
