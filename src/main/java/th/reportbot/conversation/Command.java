package th.reportbot.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * The commands, recognised only when they are the whole message (after any @mention of the bot), Thai first with an
 * English alias. {@link #BIND} takes the organisation's name after it.
 */
enum Command {
    SUMMARY("สรุป", "summary"),
    MISSING("ยังไม่ส่ง", "missing"),
    UNDO("ยกเลิก", "undo"),
    UNBIND("เลิกผูก", "unbind"),
    /** A district officer binds the group to a district (when the bot serves several). */
    BIND_DISTRICT("ผูกอำเภอ", "district"),
    BIND("ผูก", "bind"),
    EXPORT("ส่งออก", "export"),
    HELP("ช่วยเหลือ", "help"),
    /** The sender's LINE user id, for the roster's list of officers; answered in a one-to-one chat only. */
    MY_ID("ไอดีของฉัน", "my id");

    private final String thai;
    private final String english;

    Command(String thai, String english) {
        this.thai = thai;
        this.english = english;
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
            if (lower.equals(c.thai) || lower.equals(c.english)) {
                return Optional.of(new Call(c, ""));
            }
        }
        if (t.startsWith(BIND_DISTRICT.thai)) {
            return Optional.of(new Call(BIND_DISTRICT, t.substring(BIND_DISTRICT.thai.length()).strip()));
        }
        if (lower.startsWith(BIND_DISTRICT.english + " ")) {
            return Optional.of(new Call(BIND_DISTRICT, t.substring(BIND_DISTRICT.english.length()).strip()));
        }
        if (t.startsWith(BIND.thai) && !t.startsWith("ผูกพัน")) {
            return Optional.of(new Call(BIND, t.substring(BIND.thai.length()).strip()));
        }
        if (lower.startsWith(BIND.english + " ")) {
            return Optional.of(new Call(BIND, t.substring(BIND.english.length()).strip()));
        }
        return Optional.empty();
    }
}
