package th.reportbot.parse;

/** Why a message that looks like a report cannot be stored. */
public enum AskReason {
    /** A count, but no organisation named and the sender is bound to none. */
    NO_ORGANISATION,
    /** An organisation that is not in this district's roster. */
    UNKNOWN_ORGANISATION
}
