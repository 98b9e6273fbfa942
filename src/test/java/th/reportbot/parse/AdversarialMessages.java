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
        return all(5_000);
    }

    /** The same shapes at another length: parsing time should grow in proportion. */
    public static List<String> all(int length) {
        return List.of(
                fill("1", length),
                fill("๑", length),
                fill("1,", length),
                fill("12/", length),
                fill("1-", length),
                fill("0-", length),
                fill("26 พ.ค. ", length),
                fill("อบต.", length),
                fill("อบต.ไร่โคก รวม 1 ", length),
                fill("รวม1 ", length),
                fill("เพิ่มขึ้นจากสัปดาห์ที่แล้ว +5 ", length),
                fill("ต.โรงเข้ 1 ", length),
                fill("ไร่โคก ➡️ 2 ", length),
                fill("5", length),
                fill("https://x", length),
                fill("ท.ต.", length),
                fill("ก", length));
    }

    private static String fill(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }
}
