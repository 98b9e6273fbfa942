package th.reportbot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/**
 * Works out the district table from the stored reports: the form's increase is total − baseline, this week's change
 * is total − the organisation's previous reported total, both computed from totals so that a correction to an earlier
 * week shows everywhere. An organisation that has not reported this week stands at its latest earlier total, marked
 * with that week, so that the district's current total does not drop every Friday morning. The district row sums
 * every column over the same organisations, those whose row has all three of the form's numbers, so that it adds up
 * across and down.
 */
public final class TableBuilder {
    private TableBuilder() {
    }

    /**
     * @param reports every week's current reports: week → organisation id → report
     */
    public static DistrictTable build(District district, LocalDate week, Map<LocalDate, Map<String, StoredReport>> reports) {
        LocalDate baselineWeek = Weeks.fridayOf(district.baselineDate());
        List<TableRow> rows = new ArrayList<>();
        int reported = 0;
        for (Organisation org : district.organisations()) {
            OrgHistory history = historyOf(org.id(), reports);
            Long baseline = history.baseline(baselineWeek).orElse(null);
            StoredReport report = reports.getOrDefault(week, Map.of()).get(org.id());
            TableRow row;
            if (report == null) {
                row = history.before(week).map(earlier -> {
                    FormNumbers form = FormNumbers.complete(baseline, null, earlier.total());
                    return new TableRow(org.no(), org.id(), org.name(), form.baseline(), form.increase(), form.total(),
                            null, RowStatus.MISSING, List.of(), earlier.at(), earlier.week());
                }).orElseGet(() -> new TableRow(org.no(), org.id(), org.name(), baseline, null, null, null,
                        RowStatus.MISSING, List.of(), null, null));
            } else {
                reported++;
                FormNumbers form = FormNumbers.complete(baseline, null, report.total());
                Long previous = history.before(week).map(StoredReport::total).orElse(null);
                Long total = form.total();
                Long weekly = total != null && previous != null ? Long.valueOf(total - previous) : report.statedWeekly();
                List<ReportWarning> warnings = new ArrayList<>(report.warnings());
                // A later report for an earlier week can leave this one below it: the table says so, though the
                // report, stored first, carries no such warning.
                if (total != null && previous != null && total < previous
                        && !warnings.contains(ReportWarning.TOTAL_DROPPED)) {
                    warnings.add(ReportWarning.TOTAL_DROPPED);
                }
                RowStatus status = warnings.isEmpty() ? RowStatus.REPORTED : RowStatus.WARNING;
                row = new TableRow(org.no(), org.id(), org.name(), form.baseline(), form.increase(), total, weekly,
                        status, warnings, report.at(), null);
            }
            rows.add(row);
        }
        return new DistrictTable(district.name(), week, district.baselineDate(), rows, DistrictTable.Totals.of(rows),
                reported, district.organisations().size());
    }

    public static OrgHistory historyOf(String orgId, Map<LocalDate, Map<String, StoredReport>> reports) {
        List<StoredReport> list = new ArrayList<>();
        reports.forEach((week, byOrg) -> {
            StoredReport r = byOrg.get(orgId);
            if (r != null) {
                list.add(r);
            }
        });
        return new OrgHistory(list);
    }
}
