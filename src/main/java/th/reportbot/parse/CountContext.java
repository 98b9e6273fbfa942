package th.reportbot.parse;

import java.util.List;
import java.util.Set;

/**
 * Whether a number, by the words around it, can be a count of registrations. Not a count: ordinals ("ครั้งที่ 3",
 * "สัปดาห์ที่ 2", "ที่ 1"), village and floor numbers, phone numbers, a negated number ("ไม่ใช่ 500"), laughter
 * ("555", unless a label or a unit makes it a count: "รวม 555", "555 ราย"), durations and amounts ("3 วัน",
 * "2 ฉบับ"), list and row numbers, digits glued to Latin letters.
 */
final class CountContext {
    private static final List<String> NEVER_AFTER = List.of(
            "ที่", "หมู่", "ม.", "ชั้น", "ครั้ง", "โทร", "โทร.", "ไม่ใช่", "ข้อ", "ซอย", "ห้อง", "รุ่น", "ฉบับ", "เวลา",
            "ปี", "พ.ศ.", "ค.ศ.", "ลำดับ", "ต่อ", "เลข", "#", "no.", "No.", "NO.");
    private static final List<String> NEVER_BEFORE = List.of(
            "%", "บาท", "หมู่บ้าน", "ตำบล", "แห่ง", "หน่วยงาน", "ครั้ง", "ชั่วโมง", "ชม.", "นาที", "เดือน", "ปี",
            "สัปดาห์", "หลัก", "ฉบับ", "วิธี", "ข้อ", "ชั้น", "โมง", "น.", "ตัว", "อำเภอ", "เครื่อง");
    private static final long LARGEST_COUNT = 10_000_000L;

    private CountContext() {
    }

    /** The labels that make the number after them a count, whatever its digits look like. */
    private static final Set<Label> COUNT_LABELS =
            Set.of(Label.TOTAL, Label.TOTAL_WEAK, Label.BASELINE, Label.INCREASE, Label.PREVIOUS);

    static boolean isCount(String text, Token number, Set<Integer> organisationStarts, List<Labels.Found> labels) {
        if (number.value() > LARGEST_COUNT) {
            return false;
        }
        String before = text.substring(Math.max(0, number.start() - 12), number.start()).stripTrailing();
        for (String word : NEVER_AFTER) {
            if (before.endsWith(word)) {
                return false;
            }
        }
        String after = text.substring(number.end(), Math.min(text.length(), number.end() + 12)).stripLeading();
        for (String word : NEVER_BEFORE) {
            if (after.startsWith(word)) {
                return false;
            }
        }
        if (after.startsWith("วัน") && !after.startsWith("วันนี้")) {
            return false; // a number of days
        }
        if (gluedToLatin(text, number)) {
            return false;
        }
        if (isLaughter(text, number, after, labels)) {
            return false;
        }
        return !isListNumber(text, number) && !isRowNumber(text, number, organisationStarts);
    }

    private static boolean gluedToLatin(String text, Token number) {
        int s = number.start();
        int e = number.end();
        return (s > 0 && isLatin(text.charAt(s - 1))) || (e < text.length() && isLatin(text.charAt(e)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** "555": laughter, unless a unit after it or a count label before it makes it a count. */
    private static boolean isLaughter(String text, Token number, String after, List<Labels.Found> labels) {
        String digits = text.substring(number.start(), number.end());
        return digits.length() >= 3 && digits.chars().allMatch(c -> c == '5')
                && !after.startsWith("ราย") && !after.startsWith("คน") && !afterCountLabel(text, number, labels);
    }

    /** "รวม 555", "ยอดสะสม: 555": a label right before the number (spaces, ':' or '=' between). */
    private static boolean afterCountLabel(String text, Token number, List<Labels.Found> labels) {
        for (Labels.Found label : labels) {
            if (COUNT_LABELS.contains(label.label()) && label.end() <= number.start()
                    && text.substring(label.end(), number.start()).chars().allMatch(c -> c == ' ' || c == ':' || c == '=')) {
                return true;
            }
        }
        return false;
    }

    /** "1. อบต.ถ้ำรงค์", "2) ..." at the start of a line. */
    private static boolean isListNumber(String text, Token number) {
        int e = number.end();
        if (e >= text.length() || (text.charAt(e) != '.' && text.charAt(e) != ')') || number.value() > 99) {
            return false;
        }
        for (int i = number.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '-' && c != '•') {
                return false;
            }
        }
        return true;
    }

    /** A row or list number right before an organisation's name: "1\tทต.บ้านลาด", "ที่ 1 อบต.ท่าช้าง". */
    private static boolean isRowNumber(String text, Token number, Set<Integer> organisationStarts) {
        int i = number.end();
        while (i < text.length() && i < number.end() + 4 && " \t.):-".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return organisationStarts.contains(i);
    }
}
