package th.reportbot.parse;

import java.util.List;

/**
 * 5,000-character messages built to make a parser work hard: long digit runs, many organisations, many labels and
 * numbers, date-like and phone-like shapes that almost match. Used by the robustness test and the benchmark.
 */
public final class AdversarialMessages {
    private AdversarialMessages() {
    }

    public static List<String> all() {
        return List.of(
                fill("1"),
                fill("๑"),
                fill("1,"),
                fill("12/"),
                fill("1-"),
                fill("0-"),
                fill("26 พ.ค. "),
                fill("อบต."),
                fill("อบต.ไร่โคก รวม 1 "),
                fill("รวม1 "),
                fill("เพิ่มขึ้นจากสัปดาห์ที่แล้ว +5 "),
                fill("ต.โรงเข้ 1 "),
                fill("ไร่โคก ➡️ 2 "),
                fill("5"),
                fill("https://x"),
                fill("ท.ต."),
                fill("ก"));
    }

    private static String fill(String unit) {
        StringBuilder sb = new StringBuilder(5_000 + unit.length());
        while (sb.length() < 5_000) {
            sb.append(unit);
        }
        return sb.toString();
    }
}
