package th.reportbot.parse;

/** Something about a report's numbers the sender should look at again; the report is kept as written. */
public enum ParseWarning {
    /** The stated numbers do not add up (baseline + increase, or previous + weekly change, differs from the total). */
    MISMATCH
}
