package th.reportbot.report;

/** Warnings kept with a stored report, shown in the reply and the table. */
public enum ReportWarning {
    /** The numbers stated do not add up, or disagree with the stored history. */
    MISMATCH,
    /** The total is below the organisation's previous reported total. */
    TOTAL_DROPPED,
    /** The stated baseline differs from the one stored before. */
    BASELINE_CHANGED,
    /** "เพิ่ม N" could be the form's increase or this week's change, and nothing stored decides which. */
    INCREASE_UNCLEAR,
    /** A weekly change larger than the whole previous total: worth a second look. */
    IMPLAUSIBLE_JUMP,
    /** The message gives no total and none can be worked out from what is stored. */
    TOTAL_UNKNOWN,
    /** Written after the week's deadline, by the organisation's bound member or an officer: officers should know. */
    LATE_CHANGE
}
