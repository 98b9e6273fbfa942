package th.reportbot.report;

import java.time.LocalDate;

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

    /**
     * A member's first report binds them to its organisation. Whether they are bound already is checked inside the
     * atomic step, so that a message naming its organisation needs no read of the binding first.
     */
    record BindIfUnbound(String userId, String orgId) implements Change {
    }

    record Unbind(String userId) implements Change {
    }

    record RememberMessage(MessageRecord message) implements Change {
    }

    /**
     * Must come first: the event's other changes apply only when no earlier event carried this LINE message. The same
     * message under a second event id (a replay, a duplicate delivery) is then kept in the history and changes nothing.
     */
    record FirstOfMessage(String messageId) implements Change {
    }

    /** A reply carries the week's table: the scheduled table push is not needed. */
    record TableDelivered(LocalDate week) implements Change {
    }

    /** The bot was removed from the group: later events of it are kept for audit and otherwise ignored. */
    record Left() implements Change {
    }

    /** The bot was added to the group (again). */
    record Joined() implements Change {
    }

    /** Binds the chat to a district (when the bot serves several). */
    record BindDistrict(String districtId) implements Change {
    }

    /** Holds a report for its sender's confirmation; replaces the sender's earlier question, if any. */
    record HoldPending(Pending pending) implements Change {
    }

    /** The question was answered or lapsed. */
    record DropPending(String key) implements Change {
    }

    /**
     * The reply asked for the organisation's baseline (its total on the district's baseline date): it is asked once
     * per chat.
     *
     * @param at when (epoch milliseconds), kept for the audit
     */
    record BaselineAsked(String orgId, long at) implements Change {
    }
}
