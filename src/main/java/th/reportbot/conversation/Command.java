package th.reportbot.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands, recognised only when they are the whole message (after any @mention of the bot): a Thai word in plain
 * language, the English alias, and the words earlier versions taught ("ผูก", "เลิกผูก", "ผูกอำเภอ"), which keep working.
 * {@link #BIND} and {@link #BIND_DISTRICT} take a name after them.
 */
enum Command {
    SUMMARY("สรุป", "summary"),
    MISSING("ยังไม่ส่ง", "missing"),
    UNDO("ยกเลิก", "undo"),
    UNBIND("ลบหน่วยงานของฉัน", "unbind", "เลิกผูก"),
    /** A district officer lets the group report to a district (named when the bot serves several). */
    BIND_DISTRICT("เปิดรับรายงาน", "district", "ผูกอำเภอ"),
    /** A member sets the organisation they report for, so that a bare count is enough afterwards. */
    BIND("หน่วยงานของฉัน", "bind", "ผูก"),
    EXPORT("ส่งออก", "export"),
    HELP("ช่วยเหลือ", "help"),
    /** The sender's LINE user id, for the roster's list of officers; answered in a one-to-one chat only. */
    MY_ID("ไอดีของฉัน", "my id");

    /**
     * "เปิดรับรายงาน" with a name only when the name starts as a district's does: an officer's announcement such as
     * "เปิดรับรายงาน ThaiD ประจำสัปดาห์" is chatter, not a district that does not exist.
     */
    private static final Pattern OPEN_DISTRICT = Pattern.compile("เปิดรับรายงาน\\s+((?:อำเภอ|อ\\.).*)", Pattern.DOTALL);

    private final String thai;
    private final String english;
    private final String former;

    Command(String thai, String english) {
        this(thai, english, null);
    }

    Command(String thai, String english, String former) {
        this.thai = thai;
        this.english = english;
        this.former = former;
    }

    /** The word a member types, as the bot's sentences quote it. */
    String thai() {
        return thai;
    }

    /** A command and its argument ("" for none). */
    record Call(Command command, String argument) {
    }

    static Optional<Call> parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (Command c : values()) {
            if (lower.equals(c.thai) || lower.equals(c.english) || lower.equals(c.former)) {
                return Optional.of(new Call(c, ""));
            }
        }
        if (t.startsWith(BIND_DISTRICT.former)) {
            return Optional.of(new Call(BIND_DISTRICT, t.substring(BIND_DISTRICT.former.length()).strip()));
        }
        Matcher open = OPEN_DISTRICT.matcher(t);
        if (open.matches()) {
            return Optional.of(new Call(BIND_DISTRICT, open.group(1).strip()));
        }
        if (lower.startsWith(BIND_DISTRICT.english + " ")) {
            return Optional.of(new Call(BIND_DISTRICT, t.substring(BIND_DISTRICT.english.length()).strip()));
        }
        if (t.startsWith(BIND.thai)) {
            return Optional.of(new Call(BIND, t.substring(BIND.thai.length()).strip()));
        }
        if (t.startsWith(BIND.former) && !t.startsWith("ผูกพัน")) {
            return Optional.of(new Call(BIND, t.substring(BIND.former.length()).strip()));
        }
        if (lower.startsWith(BIND.english + " ")) {
            return Optional.of(new Call(BIND, t.substring(BIND.english.length()).strip()));
        }
        return Optional.empty();
    }
}
