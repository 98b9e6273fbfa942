package th.reportbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.reportbot.parse.ParseWarning;
import th.reportbot.parse.ParsedReport;

class ReconcilerTest {
    private static final LocalDate BASELINE = LocalDate.of(2023, 5, 26);
    private static final LocalDate WEEK2 = LocalDate.of(2023, 6, 2);
    private static final LocalDate WEEK3 = LocalDate.of(2023, 6, 9);
    private final Reconciler reconciler = new Reconciler(BASELINE);

    private static ParsedReport stated(Long baseline, Long increase, Long weekly, Long total, Long previous,
                                       ParseWarning... warnings) {
        return new ParsedReport("อบต.ตำหรุ", null, baseline, increase, weekly, total, previous, List.of(warnings), false);
    }

    private static StoredReport stored(LocalDate week, Long baseline, Long total) {
        return new StoredReport("v" + week, "tamru", week, baseline, total, null, List.of(), "U", Instant.EPOCH, "m");
    }

    private static OrgHistory history(StoredReport... reports) {
        return new OrgHistory(List.of(reports));
    }

    @Test
    void baselineWeekCountIsTheBaseline() {
        Reconciled r = reconciler.reconcile(stated(null, null, null, 45L, null), BASELINE, OrgHistory.empty(), null);

        assertThat(r.baseline()).isEqualTo(45);
        assertThat(r.total()).isEqualTo(45);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void totalIsBaselinePlusIncreaseWhenNotWritten() {
        Reconciled r = reconciler.reconcile(stated(45L, 5L, null, null, null), WEEK2, history(stored(BASELINE, 45L, 45L)), null);

        assertThat(r.total()).isEqualTo(50);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void totalIsLastWeeksTotalPlusTheWeeklyChange() {
        Reconciled r = reconciler.reconcile(stated(null, null, 6L, null, null), WEEK3,
                history(stored(BASELINE, 45L, 45L), stored(WEEK2, 45L, 50L)), null);

        assertThat(r.total()).isEqualTo(56);
        assertThat(r.baseline()).isEqualTo(45);
    }

    @Test
    void bareIncreaseFromLastWeeksTotalIsTheWeeklyChange() {
        Reconciled r = reconciler.reconcile(stated(null, 7L, null, 57L, null), WEEK3,
                history(stored(BASELINE, 45L, 45L), stored(WEEK2, 45L, 50L)), null);

        assertThat(r.statedWeekly()).isEqualTo(7);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void bareIncreaseFromTheBaselineStaysTheFormsIncrease() {
        Reconciled r = reconciler.reconcile(stated(null, 12L, null, 57L, null), WEEK3,
                history(stored(BASELINE, 45L, 45L), stored(WEEK2, 45L, 50L)), null);

        assertThat(r.statedWeekly()).isNull();
        assertThat(r.total()).isEqualTo(57);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void bareIncreaseThatNothingDecidesKeepsTheTotalAndSaysSo() {
        Reconciled r = reconciler.reconcile(stated(null, 3L, null, 57L, null), WEEK3,
                history(stored(BASELINE, 45L, 45L), stored(WEEK2, 45L, 50L)), null);

        assertThat(r.total()).isEqualTo(57);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ReportWarning.INCREASE_UNCLEAR);
            assertThat(w.numbers()).containsExactly(3L, 57L);
        });
    }

    @Test
    void statedNumbersThatDoNotAddUpAreWarnedAndKept() {
        Reconciled r = reconciler.reconcile(stated(150L, 30L, null, 185L, null, ParseWarning.MISMATCH), WEEK2,
                history(stored(BASELINE, 150L, 150L)), null);

        assertThat(r.total()).isEqualTo(185);
        assertThat(r.baseline()).isEqualTo(150);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ReportWarning.MISMATCH);
            assertThat(w.numbers()).containsExactly(150L, 30L, 185L);
        });
    }

    @Test
    void weeklyChangeThatDisagreesWithLastWeeksTotalIsAMismatch() {
        Reconciled r = reconciler.reconcile(stated(null, null, 48L, 1250L, null), WEEK2,
                history(stored(BASELINE, 1100L, 1200L)), null);

        assertThat(r.kinds()).containsExactly(ReportWarning.MISMATCH);
        assertThat(r.warnings().get(0).numbers()).containsExactly(1200L, 48L, 1250L);
    }

    @Test
    void totalBelowLastWeeksIsWarned() {
        Reconciled r = reconciler.reconcile(stated(null, null, null, 48L, null), WEEK3,
                history(stored(BASELINE, 45L, 45L), stored(WEEK2, 45L, 52L)), null);

        assertThat(r.kinds()).containsExactly(ReportWarning.TOTAL_DROPPED);
        assertThat(r.warnings().get(0).numbers()).containsExactly(52L, 48L);
    }

    @Test
    void statedBaselineThatDiffersFromTheStoredOneIsWarned() {
        Reconciled r = reconciler.reconcile(stated(140L, null, null, 190L, null), WEEK3,
                history(stored(BASELINE, 150L, 150L), stored(WEEK2, 150L, 185L)), null);

        assertThat(r.kinds()).containsExactly(ReportWarning.BASELINE_CHANGED);
        assertThat(r.baseline()).as("kept as written").isEqualTo(140);
    }

    @Test
    void moreThanDoublingInAWeekIsImplausible() {
        Reconciled r = reconciler.reconcile(stated(null, null, null, 700L, null), WEEK3,
                history(stored(BASELINE, 280L, 280L)), null);

        assertThat(r.kinds()).containsExactly(ReportWarning.IMPLAUSIBLE_JUMP);
    }

    @Test
    void smallOrganisationsDoublingIsNotImplausible() {
        Reconciled r = reconciler.reconcile(stated(null, null, null, 25L, null), WEEK3,
                history(stored(BASELINE, 10L, 10L)), null);

        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void carriedForwardTotalThatDiffersFromTheStoredOneIsAMismatch() {
        Reconciled r = reconciler.reconcile(stated(null, null, 9L, 107L, 98L), WEEK3,
                history(stored(BASELINE, 90L, 90L), stored(WEEK2, 90L, 97L)), null);

        assertThat(r.kinds()).contains(ReportWarning.MISMATCH);
    }

    @Test
    void noTotalAndNothingToWorkItOutFromIsWarned() {
        Reconciled r = reconciler.reconcile(stated(null, null, 0L, null, null), WEEK2, OrgHistory.empty(), null);

        assertThat(r.total()).isNull();
        assertThat(r.kinds()).containsExactly(ReportWarning.TOTAL_UNKNOWN);
    }

    @Test
    void unchangedWeekRepeatsLastWeeksTotal() {
        Reconciled r = reconciler.reconcile(stated(null, null, 0L, null, null), WEEK2, history(stored(BASELINE, 10L, 10L)), null);

        assertThat(r.total()).isEqualTo(10);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void correctionKeepsTheBaselineTheWeeksFirstReportStated() {
        StoredReport morning = new StoredReport("v1", "tamru", WEEK2, 120L, 135L, null, List.of(), "U", Instant.EPOCH, "m1");

        Reconciled r = reconciler.reconcile(stated(null, null, null, 140L, null), WEEK2, OrgHistory.empty(), morning);

        assertThat(r.baseline()).isEqualTo(120);
        assertThat(r.total()).isEqualTo(140);
    }
}
