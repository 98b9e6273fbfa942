package th.reportbot.parse;

import java.util.List;

/**
 * What a message says besides its organisations, numbers, dates and label words: the test of "a bare number beside
 * an organisation's name in an otherwise empty message" (docs/design.md, "What makes a number a count").
 */
final class Residue {
    /** Words that report messages carry around a bare count and that say nothing else. */
    private static final WordList REPORT_FILLER = new WordList(List.of(
            "ครับผม", "ครับ", "ค่ะ", "คะ", "ค่า", "นะคะ", "นะ", "จ้า", "จ้ะ", "ฮะ", "น้า", "สรุป", "ส่ง", "ข้อมูล",
            "ประจำ", "ณ", "วันนี้", "แอปพลิเคชัน", "แอป", "ผู้", "และ", "กับ", "แทน", "ฝาก", "ขอ", "ของ", "แล้ว",
            "ได้", "มี", "ที่", "หน่วยงาน", "แห่ง", "ขอบคุณ", "เรียบร้อย", "อัพเดท", "อัปเดต", "ด้วย", "กัน", "ให้",
            "แก้ไข", "แก้"));

    private final boolean empty;
    private final boolean aboutCounts;

    private Residue(boolean empty, boolean aboutCounts) {
        this.empty = empty;
        this.aboutCounts = aboutCounts;
    }

    static Residue of(String text, List<Token> tokens, List<Labels.Found> labels, List<Mention> mentions) {
        boolean[] covered = new boolean[text.length()];
        tokens.forEach(t -> mark(covered, t.start(), t.end()));
        labels.forEach(l -> mark(covered, l.start(), l.end()));
        mentions.forEach(m -> mark(covered, m.start(), m.end()));
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            rest.append(covered[i] ? ' ' : text.charAt(i));
        }
        boolean empty = REPORT_FILLER.coversAllLetters(rest);
        boolean context = labels.stream().anyMatch(l -> l.label() == Label.REPORT_WORD || l.label() == Label.TOTAL
                || l.label() == Label.TOTAL_WEAK);
        return new Residue(empty, context);
    }

    private static void mark(boolean[] covered, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(covered.length, to); i++) {
            covered[i] = true;
        }
    }

    /** Nothing but organisations, numbers, dates, label words and the filler of a report. */
    boolean empty() {
        return empty;
    }

    /** The message speaks of registrations or counts somewhere ("ThaiD", "ลงทะเบียน", "ยอด", "รวม"). */
    boolean aboutCounts() {
        return aboutCounts;
    }
}
