package th.reportbot.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.RowStatus;

/**
 * The district table as the JSON API's stable contract. A row with {@code carriedFrom} has not reported this week and
 * shows its report of that earlier week ({@code reportedAt} is that report's time); {@code totals.carried} counts them.
 */
record TableJson(String district, LocalDate week, LocalDate baselineDate, List<Row> rows, DistrictTable.Totals totals,
                 int reported, int expected) {

    record Row(int no, String org, Long baseline, Long increase, Long total, Long weekly, RowStatus status,
               List<ReportWarning> warnings, Instant reportedAt, LocalDate carriedFrom) {
    }

    static TableJson of(DistrictTable t) {
        return new TableJson(t.district(), t.week(), t.baselineDate(), t.rows().stream()
                .map(r -> new Row(r.no(), r.org(), r.baseline(), r.increase(), r.total(), r.weekly(), r.status(),
                        r.warnings(), r.reportedAt(), r.carriedFrom()))
                .toList(), t.totals(), t.reported(), t.expected());
    }
}
