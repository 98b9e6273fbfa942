package th.reportbot.report;

/**
 * Why a report is held for its sender's confirmation instead of being stored (docs/design.md, "Plausibility and
 * confirmation"). Each has a sentence {@code doubt.<name>} that explains it in the question.
 */
public enum Doubt {
    /** The count is a bare number among other words: plausible, not certain. */
    READING,
    /** The total is above the organisation's population as the roster gives it. */
    ABOVE_POPULATION,
    /** No population known, and the total is above what any subdistrict has. */
    TOO_LARGE,
    /** The total more than doubles the organisation's last total, or falls below half of it. */
    OUT_OF_LINE,
    /** Only a change was written; the total is worked out from the report already stored this week. */
    TOTAL_WORKED_OUT;

    public String sentence() {
        return "doubt." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
