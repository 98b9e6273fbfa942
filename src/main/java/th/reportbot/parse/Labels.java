package th.reportbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The label words of report messages (docs/design.md, "Numbers and weeks"), and where they stand in a message. Longer
 * words win over the shorter words inside them: "คงเดิม" is no change, not a baseline ("เดิม"); "เพิ่มขึ้น" is one
 * label, not "เพิ่ม" and more.
 */
final class Labels {
    record Found(Label label, int start, int end) {
    }

    private static final Map<String, Label> WORDS = Map.ofEntries(
            Map.entry("รวมจำนวนผู้ลงทะเบียนปัจจุบัน", Label.TOTAL),
            Map.entry("รวมทั้งสิ้น", Label.TOTAL),
            Map.entry("รวมทั้งหมด", Label.TOTAL),
            Map.entry("รวมปัจจุบัน", Label.TOTAL),
            Map.entry("ยอดรวม", Label.TOTAL),
            Map.entry("ยอดสะสม", Label.TOTAL),
            Map.entry("ยอดปัจจุบัน", Label.TOTAL),
            Map.entry("ยอดทั้งหมด", Label.TOTAL),
            Map.entry("รวม", Label.TOTAL),
            Map.entry("ทั้งหมด", Label.TOTAL),
            Map.entry("ทั้งสิ้น", Label.TOTAL),
            Map.entry("สะสม", Label.TOTAL),
            Map.entry("ปัจจุบัน", Label.TOTAL),
            Map.entry("ตอนนี้", Label.TOTAL),
            Map.entry("ล่าสุด", Label.TOTAL),
            Map.entry("ยอดล่าสุด", Label.TOTAL),
            Map.entry("total", Label.TOTAL),
            Map.entry("ยอด", Label.TOTAL_WEAK),
            Map.entry("จำนวน", Label.TOTAL_WEAK),
            Map.entry("ยอดเดิม", Label.BASELINE),
            Map.entry("เดิม", Label.BASELINE),
            Map.entry("baseline", Label.BASELINE),
            Map.entry("ยอดยกมา", Label.PREVIOUS),
            Map.entry("ยอดครั้งก่อน", Label.PREVIOUS),
            Map.entry("ยอดสัปดาห์ก่อน", Label.PREVIOUS),
            Map.entry("ยอดสัปดาห์ที่แล้ว", Label.PREVIOUS),
            Map.entry("จาก", Label.FROM),
            Map.entry("จากเดิม", Label.WEEKLY_CUE),
            Map.entry("ยกมา", Label.PREVIOUS),
            Map.entry("จำนวนผู้ลงทะเบียนเพิ่มขึ้น", Label.INCREASE),
            Map.entry("เพิ่มขึ้น", Label.INCREASE),
            Map.entry("เพิ่ม", Label.INCREASE),
            Map.entry("ใหม่", Label.INCREASE),
            Map.entry("รายใหม่", Label.INCREASE),
            Map.entry("เพิ่มเติม", Label.INCREASE),
            Map.entry("increase", Label.INCREASE),
            Map.entry("จากสัปดาห์ที่แล้ว", Label.WEEKLY_CUE),
            Map.entry("สัปดาห์ที่แล้ว", Label.WEEKLY_CUE),
            Map.entry("จากสัปดาห์ก่อน", Label.WEEKLY_CUE),
            Map.entry("สัปดาห์ก่อน", Label.WEEKLY_CUE),
            Map.entry("สัปดาห์นี้", Label.WEEKLY_CUE),
            Map.entry("ประจำสัปดาห์", Label.WEEKLY_CUE),
            Map.entry("จากครั้งก่อน", Label.WEEKLY_CUE),
            Map.entry("จากครั้งที่แล้ว", Label.WEEKLY_CUE),
            Map.entry("this week", Label.WEEKLY_CUE),
            Map.entry("weekly", Label.WEEKLY_CUE),
            Map.entry("ยังไม่มีผู้ลงทะเบียนเพิ่ม", Label.UNCHANGED),
            Map.entry("ไม่มีผู้ลงทะเบียนเพิ่ม", Label.UNCHANGED),
            Map.entry("ไม่มีเพิ่ม", Label.UNCHANGED),
            Map.entry("ไม่เพิ่ม", Label.UNCHANGED),
            Map.entry("เท่าเดิม", Label.UNCHANGED),
            Map.entry("คงเดิม", Label.UNCHANGED),
            Map.entry("ไม่เปลี่ยนแปลง", Label.UNCHANGED),
            Map.entry("unchanged", Label.UNCHANGED),
            Map.entry("ราย", Label.UNIT),
            Map.entry("ท่าน", Label.UNIT),
            Map.entry("คน", Label.UNIT),
            Map.entry("thaid", Label.REPORT_WORD),
            Map.entry("รายงาน", Label.REPORT_WORD),
            Map.entry("ลงทะเบียน", Label.REPORT_WORD));

    private static final WordList ALL = new WordList(List.copyOf(WORDS.keySet()));

    private Labels() {
    }

    /**
     * Every label in the text, in order, none overlapping another: left to right, the longest word at each place
     * ("คงเดิม" before "เดิม", "เพิ่มขึ้น" before "เพิ่ม").
     */
    static List<Found> scan(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            int length = ALL.longestAt(lower, i);
            if (length == 0) {
                i++;
                continue;
            }
            found.add(new Found(WORDS.get(lower.substring(i, i + length)), i, i + length));
            i += length;
        }
        return found;
    }
}
