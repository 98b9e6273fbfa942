package th.reportbot.report;

/**
 * The form's three numbers for one organisation, kept so that baseline + increase = total: any two known give the
 * third. Null is unknown.
 */
public record FormNumbers(Long baseline, Long increase, Long total) {

    public static FormNumbers complete(Long baseline, Long increase, Long total) {
        if (baseline != null && total != null) {
            return new FormNumbers(baseline, total - baseline, total);
        }
        if (baseline != null && increase != null) {
            return new FormNumbers(baseline, increase, baseline + increase);
        }
        if (increase != null && total != null) {
            return new FormNumbers(total - increase, increase, total);
        }
        return new FormNumbers(baseline, increase, total);
    }

    /** All three known: the row can stand in the district's sums. */
    public boolean known() {
        return baseline != null && increase != null && total != null;
    }
}
