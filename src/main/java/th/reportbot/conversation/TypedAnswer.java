package th.reportbot.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "ใช่", "ถูกต้องค่ะ", "ไม่ใช่ครับ": the typed answer to a held report's question, for members on LINE for PC, which
 * shows no quick-reply buttons. Only a whole message counts; it answers only when the sender has a question open.
 */
final class TypedAnswer {
    private static final Pattern YES = Pattern.compile("(?:✅\\s*)?(?:ใช่|ถูกต้อง|ถูก|ยืนยัน|ok|โอเค)(?:แล้ว)?(?:ครับผม|ครับ|ค่ะ|คะ|จ้า|จ้ะ|นะคะ|นะครับ)?[\\s!.]*");
    private static final Pattern NO = Pattern.compile("(?:❌\\s*)?(?:ไม่ใช่|ไม่ถูกต้อง|ผิด|ไม่)(?:ครับผม|ครับ|ค่ะ|คะ|จ้า|จ้ะ|นะคะ|นะครับ)?[\\s!.]*");

    private TypedAnswer() {
    }

    /** True for yes, false for no, empty for anything else. */
    static Optional<Boolean> of(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (YES.matcher(t).matches()) {
            return Optional.of(true);
        }
        return NO.matcher(t).matches() ? Optional.of(false) : Optional.empty();
    }
}
