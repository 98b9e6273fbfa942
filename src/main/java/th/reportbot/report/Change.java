package th.reportbot.report;

/** One change an event makes to the stored state, applied atomically with the event's dedupe. */
public sealed interface Change {

    /** Adds a version; the week's table shows the newest version by event time. */
    record AddVersion(StoredReport report) implements Change {
    }

    /** Withdraws a version (undo, unsend, replaced by an edit); the next newest, if any, comes back. */
    record RemoveVersion(VersionRef version) implements Change {
    }

    record Bind(String userId, String orgId) implements Change {
    }

    record Unbind(String userId) implements Change {
    }

    record RememberMessage(MessageRecord message) implements Change {
    }

    /** Binds the chat to a district (when the bot serves several). */
    record BindDistrict(String districtId) implements Change {
    }
}
