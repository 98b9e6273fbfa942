package th.reportbot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.reportbot.parse.ParseWarning;
import th.reportbot.parse.ParsedReport;

/**
 * Fills in what a message left out from the organisation's history, and warns where the numbers disagree
 * (docs/design.md, "Numbers and weeks"). What was written is kept; what is worked out never overrides it.
 */
public final class Reconciler {
    /** Below this previous total a doubling in one week is ordinary (a small organisation's first weeks). */
    private static final long JUMP_CHECK_FROM = 50;
    /** Above this, with no population in the roster, a total is asked about: no subdistrict has that many people. */
    static final long LARGEST_PLAUSIBLE_TOTAL = 50_000;

    private final LocalDate baselineWeek;

    public Reconciler(LocalDate baselineDate) {
        this.baselineWeek = Weeks.fridayOf(baselineDate);
    }

    /**
     * @param history  the organisation's current reports of the other weeks (not this one)
     * @param replacing the week's report this one replaces (a correction), or null: its baseline carries over
     */
    public Reconciled reconcile(ParsedReport stated, LocalDate week, OrgHistory history, StoredReport replacing) {
        return reconcile(stated, week, history, replacing, null);
    }

    /**
     * @param population the organisation's population from the roster, or null: a total above it is doubted
     */
    public Reconciled reconcile(ParsedReport stated, LocalDate week, OrgHistory history, StoredReport replacing,
                                Long population) {
        List<Doubt> doubts = new ArrayList<>();
        if (stated.unsure()) {
            doubts.add(Doubt.READING);
        }
        Long earlierThisWeek = replacing == null ? null : replacing.total();
        List<Warning> warnings = new ArrayList<>();
        Long baseline = stated.baseline();
        Long increase = stated.increase();
        Long weekly = stated.weekly();
        Long total = stated.total();
        Long storedBaseline = week.equals(baselineWeek) ? null : history.baseline(baselineWeek)
                .orElse(replacing == null ? null : replacing.baseline());
        Long lastTotal = history.before(week).map(StoredReport::total).orElse(null);

        if (stated.warnings().contains(ParseWarning.MISMATCH)) {
            warnings.add(stated.previous() != null && weekly != null
                    ? Warning.of(ReportWarning.MISMATCH, "warning.mismatch.week", stated.previous(), weekly, total)
                    : Warning.of(ReportWarning.MISMATCH, "warning.mismatch.form", baseline, increase, total));
        }
        // A bare "เพิ่ม N": the stored history decides whether it is the form's increase or this week's change.
        if (increase != null && baseline == null && stated.previous() == null) {
            Long base = storedBaseline;
            if (total != null) {
                boolean fromBaseline = base != null && total - increase == base;
                boolean fromLastWeek = lastTotal != null && total - increase == lastTotal;
                if (fromLastWeek && !fromBaseline) {
                    weekly = increase;
                    increase = null;
                } else if (!fromBaseline) {
                    warnings.add(Warning.of(ReportWarning.INCREASE_UNCLEAR, "warning.increase-unclear", increase, total));
                    increase = null;
                }
            } else if (base != null && (lastTotal == null || lastTotal.equals(base))) {
                total = base + increase;
            } else if (lastTotal != null && base == null) {
                weekly = increase;
                increase = null;
            } else if (earlierThisWeek != null) {
                // "เพิ่มขึ้น 8" after this week's 215: never leave the week without its total; propose 223 and ask
                total = earlierThisWeek + increase;
                weekly = null;
                increase = null;
                doubts.add(Doubt.TOTAL_WORKED_OUT);
            } else {
                warnings.add(Warning.of(ReportWarning.INCREASE_UNCLEAR, "warning.increase-unclear-no-total", increase));
                increase = null;
            }
        }
        if (baseline == null) {
            baseline = storedBaseline;
        } else if (storedBaseline != null && !baseline.equals(storedBaseline)) {
            // The baseline week's own report outranks a stated baseline in the table; the reply must say which stands.
            boolean fromBaselineWeek = history.reports().stream()
                    .anyMatch(r -> r.week().equals(baselineWeek) && r.total() != null);
            warnings.add(Warning.of(ReportWarning.BASELINE_CHANGED,
                    fromBaselineWeek ? "warning.baseline-changed.kept" : "warning.baseline-changed", storedBaseline,
                    baseline));
        }
        if (total == null && baseline != null && increase != null) {
            total = baseline + increase;
        }
        Long previous = stated.previous() != null ? stated.previous() : lastTotal;
        if (total == null && weekly != null && previous != null) {
            total = previous + weekly;
        }
        if (total == null && weekly != null && earlierThisWeek != null) {
            total = earlierThisWeek + weekly;
            if (weekly != 0) {
                doubts.add(Doubt.TOTAL_WORKED_OUT);
            }
        }
        if (week.equals(baselineWeek)) {
            // In the baseline week the count is the baseline: either one, written, gives the other.
            if (baseline == null) {
                baseline = total;
            } else if (total == null) {
                total = baseline;
            }
        }
        if (total == null) {
            warnings.add(Warning.of(ReportWarning.TOTAL_UNKNOWN, "warning.total-unknown"));
        }
        if (lastTotal != null && total != null) {
            if (stated.weekly() != null && weekly != null && total - lastTotal != weekly) {
                warnings.add(Warning.of(ReportWarning.MISMATCH, "warning.mismatch.stored-week", lastTotal, weekly, total));
            }
            if (stated.previous() != null && !stated.previous().equals(lastTotal)) {
                warnings.add(Warning.of(ReportWarning.MISMATCH, "warning.mismatch.previous", stated.previous(), lastTotal));
            }
            if (total < lastTotal) {
                warnings.add(Warning.of(ReportWarning.TOTAL_DROPPED, "warning.total-dropped", lastTotal, total));
            } else if (lastTotal >= JUMP_CHECK_FROM && total - lastTotal > lastTotal) {
                warnings.add(Warning.of(ReportWarning.IMPLAUSIBLE_JUMP, "warning.jump", lastTotal, total));
            }
        }
        if (total != null) {
            if (population != null && total > population) {
                doubts.add(Doubt.ABOVE_POPULATION);
            } else if (population == null && total > LARGEST_PLAUSIBLE_TOTAL) {
                doubts.add(Doubt.TOO_LARGE);
            }
            if (lastTotal != null && lastTotal >= JUMP_CHECK_FROM && (total > 2 * lastTotal || 2 * total < lastTotal)) {
                doubts.add(Doubt.OUT_OF_LINE);
            }
        }
        return new Reconciled(baseline, total, weekly, lastTotal, warnings, doubts);
    }
}
