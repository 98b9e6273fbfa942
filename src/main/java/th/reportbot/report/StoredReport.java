package th.reportbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an organisation's report for a week, as stored. What the table shows for the week is the newest
 * version by event time; every version stays.
 *
 * @param versionId   unique per version: LINE's message id and the organisation ({@link #versionIdOf}); versions
 *                    stored before that carry the event id instead, and are read and withdrawn the same way
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

    /**
     * One message, one version per organisation: the same message delivered again under another event id names the
     * same version. An edit's reading gets its own id ({@code reading} = message id and edit time).
     */
    public static String versionIdOf(String reading, String orgId) {
        return reading + ":" + orgId;
    }
}
