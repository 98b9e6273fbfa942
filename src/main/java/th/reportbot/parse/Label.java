package th.reportbot.parse;

/**
 * The words people write before a number, and what they make of it. This is where "what counts as the total" is
 * decided: see {@link Labels} for the words.
 */
enum Label {
    TOTAL,
    /** "ยอด", "จำนวน": a count, most likely the total, when nothing stronger is written. */
    TOTAL_WEAK,
    BASELINE,
    INCREASE,
    /** The previous report's total carried forward ("ยกมา"). */
    PREVIOUS,
    /** "จาก": the previous total when a number follows it at once ("รวม 65 (จาก 58)"); nothing otherwise. */
    FROM,
    /** Turns an increase into the change since last week ("สัปดาห์นี้", "จากสัปดาห์ที่แล้ว"). */
    WEEKLY_CUE,
    /** No change since last week ("เท่าเดิม", "คงเดิม"). */
    UNCHANGED,
    /** "ราย", "คน": the number before it is a count of people. */
    UNIT,
    /** Words of a report that name no field: "ThaiD", "รายงาน". */
    REPORT_WORD,
    /** Not a word: what a number right after a repeated place name is, a per-tambon part of the count. */
    PART
}
