package th.reportbot.report;

import java.time.LocalDate;

/** Points at one stored version of a report. */
public record VersionRef(LocalDate week, String orgId, String versionId) {
    public static VersionRef of(StoredReport report) {
        return new VersionRef(report.week(), report.orgId(), report.versionId());
    }
}
