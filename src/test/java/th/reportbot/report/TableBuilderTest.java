package th.reportbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/** The district table adds up: every row across, and the district row down the same organisations. */
class TableBuilderTest {
    private static final LocalDate BASELINE_WEEK = LocalDate.of(2023, 5, 26);
    private static final LocalDate WEEK1 = LocalDate.of(2023, 6, 2);
    private static final LocalDate WEEK2 = LocalDate.of(2023, 6, 9);

    private static final District DISTRICT = new District("ban-lat", "อำเภอบ้านลาด", "เพชรบุรี", "บ้านลาดบ้านเรา",
            BASELINE_WEEK, List.of(), List.of(
            new Organisation(1, "ban-lat", "ทต.บ้านลาด", List.of(), List.of("บ้านลาด")),
            new Organisation(2, "ban-hat", "อบต.บ้านหาด", List.of(), List.of("บ้านหาด")),
            new Organisation(3, "ban-than", "อบต.บ้านทาน", List.of(), List.of("บ้านทาน")),
            new Organisation(4, "tamru", "อบต.ตำหรุ", List.of(), List.of("ตำหรุ")),
            new Organisation(5, "samo-phlue", "อบต.สมอพลือ", List.of(), List.of("สมอพลือ"))));

    private final Map<LocalDate, Map<String, StoredReport>> reports = new HashMap<>();

    @Test
    void aTotalWithABaselineFromTheBaselineWeekGetsItsIncrease() {
        report(BASELINE_WEEK, "ban-lat", null, 1100L);
        report(WEEK1, "ban-lat", null, 1250L);

        TableRow row = table(WEEK1).rows().get(0);

        assertThat(row.baseline()).isEqualTo(1100L);
        assertThat(row.increase()).isEqualTo(150L);
        assertThat(row.total()).isEqualTo(1250L);
    }

    @Test
    void aTotalWithAStatedBaselineGetsItsIncrease() {
        report(WEEK1, "ban-hat", 90L, 98L);

        TableRow row = table(WEEK1).rows().get(1);

        assertThat(row.baseline()).isEqualTo(90L);
        assertThat(row.increase()).isEqualTo(8L);
        assertThat(row.baseline() + row.increase()).isEqualTo(row.total());
    }

    @Test
    void aTotalWithoutABaselineIsShownButNotCovered() {
        report(WEEK1, "ban-than", null, 2_999_999L);

        DistrictTable table = table(WEEK1);
        TableRow row = table.rows().get(2);

        assertThat(row.total()).isEqualTo(2_999_999L);
        assertThat(row.baseline()).isNull();
        assertThat(row.increase()).isNull();
        assertThat(row.covered()).isFalse();
        assertThat(table.totals().covered()).isZero();
        assertThat(table.totals().total()).as("a total without its baseline is not in the district row").isZero();
    }

    @Test
    void aLateOrganisationStandsAtItsLatestEarlierTotalAndIsCounted() {
        report(BASELINE_WEEK, "tamru", null, 45L);
        report(WEEK1, "tamru", null, 52L);
        report(WEEK1, "ban-lat", 1100L, 1250L);
        report(WEEK2, "ban-lat", 1100L, 1302L);

        DistrictTable table = table(WEEK2);
        TableRow late = table.rows().get(3);

        assertThat(late.status()).isEqualTo(RowStatus.MISSING);
        assertThat(late.carriedFrom()).isEqualTo(WEEK1);
        assertThat(late.total()).isEqualTo(52L);
        assertThat(late.baseline()).isEqualTo(45L);
        assertThat(late.increase()).isEqualTo(7L);
        assertThat(late.weekly()).as("no change is claimed for a week not reported").isNull();
        assertThat(table.missing()).extracting(TableRow::org).contains("อบต.ตำหรุ");
        DistrictTable.Totals t = table.totals();
        assertThat(t.covered()).isEqualTo(2);
        assertThat(t.carried()).isEqualTo(1);
        assertThat(t.total()).isEqualTo(1302 + 52);
        assertThat(t.baseline() + t.increase()).isEqualTo(t.total());
    }

    @Test
    void theDistrictsChangeIsUnknownWhenOnlyFirstReportsAreCounted() {
        report(WEEK1, "ban-lat", 1100L, 1250L);
        report(WEEK1, "ban-hat", 90L, 98L);

        DistrictTable.Totals t = table(WEEK1).totals();

        assertThat(t.covered()).isEqualTo(2);
        assertThat(t.weeklyIsKnown()).isFalse();
    }

    @Test
    void aTotalBelowALaterReportForTheWeekBeforeIsMarkedAsADrop() {
        report(WEEK2, "ban-hat", 90L, 154L);
        report(WEEK1, "ban-hat", 90L, 160L); // sent afterwards, for the week before

        TableRow row = table(WEEK2).rows().get(1);

        assertThat(row.weekly()).isEqualTo(-6L);
        assertThat(row.warnings()).containsExactly(ReportWarning.TOTAL_DROPPED);
        assertThat(row.status()).isEqualTo(RowStatus.WARNING);
    }

    @Test
    void anOrganisationThatNeverReportedIsNotCarried() {
        report(WEEK1, "ban-lat", 1100L, 1250L);

        TableRow never = table(WEEK1).rows().get(4);

        assertThat(never.carried()).isFalse();
        assertThat(never.total()).isNull();
        assertThat(table(WEEK1).totals().carried()).isZero();
    }

    @Test
    void aReportInALaterWeekIsNotCarriedBackwards() {
        report(WEEK2, "tamru", 45L, 52L);
        report(WEEK1, "ban-lat", 1100L, 1250L);

        TableRow tamru = table(WEEK1).rows().get(3);

        assertThat(tamru.carried()).isFalse();
        assertThat(tamru.total()).isNull();
    }

    @Test
    void theDistrictRowSumsEveryColumnOverTheCoveredOrganisations() {
        report(BASELINE_WEEK, "ban-lat", null, 1100L);
        report(BASELINE_WEEK, "tamru", null, 45L);
        report(WEEK1, "ban-lat", null, 1250L);
        report(WEEK1, "tamru", null, 52L);
        report(WEEK1, "ban-hat", null, 285L);
        report(WEEK2, "ban-lat", null, 1302L);
        report(WEEK2, "tamru", null, 48L);
        report(WEEK2, "ban-hat", 90L, 300L);
        report(WEEK2, "ban-than", null, 3_000_000L);

        DistrictTable table = table(WEEK2);
        List<TableRow> covered = table.rows().stream().filter(TableRow::covered).toList();

        assertThat(covered).extracting(TableRow::org).containsExactly("ทต.บ้านลาด", "อบต.บ้านหาด", "อบต.ตำหรุ");
        DistrictTable.Totals t = table.totals();
        assertThat(t.covered()).isEqualTo(3);
        assertThat(t.baseline()).isEqualTo(1100 + 90 + 45);
        assertThat(t.increase()).isEqualTo(202 + 210 + 3);
        assertThat(t.total()).isEqualTo(1302 + 300 + 48);
        assertThat(t.weekly()).isEqualTo(52 + 15 - 4);
        assertThat(t.baseline() + t.increase()).as("the district row adds up across").isEqualTo(t.total());
        assertThat(t.weeklyKnown()).as("every counted organisation reported the week before").isEqualTo(3);
        for (TableRow r : covered) {
            assertThat(r.baseline() + r.increase()).as(r.org()).isEqualTo(r.total());
        }
    }

    @Test
    void theTwoOtherNumbersGiveTheThird() {
        assertThat(FormNumbers.complete(100L, null, 130L)).isEqualTo(new FormNumbers(100L, 30L, 130L));
        assertThat(FormNumbers.complete(100L, 30L, null)).isEqualTo(new FormNumbers(100L, 30L, 130L));
        assertThat(FormNumbers.complete(null, 30L, 130L)).isEqualTo(new FormNumbers(100L, 30L, 130L));
        assertThat(FormNumbers.complete(null, null, 130L).known()).isFalse();
    }

    private DistrictTable table(LocalDate week) {
        return TableBuilder.build(DISTRICT, week, reports);
    }

    private void report(LocalDate week, String org, Long baseline, Long total) {
        reports.computeIfAbsent(week, w -> new HashMap<>()).put(org, new StoredReport("v" + week + org, org, week,
                baseline, total, null, List.of(), "U", Instant.EPOCH, "m"));
    }
}
