package th.reportbot.chat;

/** Numbers as the bot writes them: Arabic digits with thousands separators; "-" where the number is unknown. */
final class ThaiNumbers {
    private ThaiNumbers() {
    }

    static String number(Long n) {
        return n == null ? "-" : String.format("%,d", n);
    }

    /** A change: "+52", "-3", "0". */
    static String signed(Long n) {
        return n > 0 ? "+" + number(n) : number(n);
    }
}
