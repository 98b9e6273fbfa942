package th.reportbot.parse;

import java.util.List;

/**
 * An official letter forwarded into the group (like the district's own letter): it names organisations, ThaiD and
 * many numbers, and reports nothing.
 */
final class ForwardedLetter {
    private static final List<String> CLOSING_FORMULAS = List.of("จึงเรียนมาเพื่อ", "ขอแสดงความนับถือ", "สิ่งที่ส่งมาด้วย");

    private ForwardedLetter() {
    }

    static boolean looksLike(String text) {
        boolean formula = CLOSING_FORMULAS.stream().anyMatch(text::contains);
        return formula && (text.length() > 400 || text.contains("เรียน"));
    }
}
