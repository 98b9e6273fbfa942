package th.reportbot.parse;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a message into one spelling before anything reads it: ASCII digits (from Thai and full-width ones), no
 * invisible characters, no combining marks from other scripts, no doubled Thai marks, one form of each organisation
 * prefix ("อบต.", "ทต."), one form of space. Letters of other scripts inside a Thai name (a Latin or Cyrillic
 * look-alike) are kept: the name then matches no organisation, rather than the wrong one.
 */
final class TextNormaliser {
    private static final Pattern SAO = Pattern.compile(
            "องค์การบริหารส่วนตำบล\\s*|อ\\s?\\.\\s?บ\\s?\\.\\s?ต\\s?\\.?\\s*|อบต\\s?\\.?\\s*");
    // ทต. and ท.ต. only where they start a word: "ทต" also occurs inside ordinary Thai words.
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "เทศบาลตำบล\\s*|(?<![ก-ฮะ-ฺเ-๎])(?:ท\\s?\\.\\s?ต\\s?\\.\\s*|ทต\\s?\\.?\\s*)");

    private TextNormaliser() {
    }

    private static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /**
     * Replaces matches of the pattern, trying it only where one of the start characters stands and the character after
     * it is one of {@code seconds} ("อ" is in most Thai words; "อบต" and "อ.บ.ต." need a "บ" or "." after it).
     */
    private static String replace(String text, Pattern pattern, String starts, String seconds, String replacement) {
        Matcher m = null; // made at the first place worth trying: most messages have none
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (starts.indexOf(text.charAt(i)) < 0 || i + 1 >= text.length() || seconds.indexOf(text.charAt(i + 1)) < 0) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(replacement);
                copied = m.end();
                i = Math.max(i, m.end() - 1);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    static String normalise(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c >= '๐' && c <= '๙') {
                sb.append((char) ('0' + (c - '๐')));
            } else if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060' || c == '\u00AD') {
                // invisible: dropped
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000') {
                sb.append(' ');
            } else if (c == '\r') {
                sb.append('\n');
            } else if (c == 'ํ' && i + 1 < nfc.length() && nfc.charAt(i + 1) == 'า') {
                sb.append('ำ'); // nikhahit + sara aa, as some keyboards type sara am
                i++;
            } else if (c == '：') {
                sb.append(':');
            } else if (Character.getType(c) == Character.NON_SPACING_MARK && !isThai(c)) {
                // a combining mark from another script on a Thai name: dropped, so it neither hides nor fakes a name
            } else if (isThai(c) && Character.getType(c) == Character.NON_SPACING_MARK && !sb.isEmpty()
                    && sb.charAt(sb.length() - 1) == c) {
                // the same Thai vowel or tone mark typed twice shows once: read it once
            } else {
                sb.append(c);
            }
        }
        String s = replace(sb.toString(), SAO, "อ", "งบ. \t", "อบต.");
        return replace(s, MUNICIPALITY, "เท", "ทต. \t", "ทต.");
    }
}
