package th.reportbot.parse;

/** What the bot makes of a message. */
public enum Outcome {
    /** One or more reports to store. */
    REPORT,
    /** Nearly a report, but it cannot be stored: the bot asks a short question. */
    ASK,
    /** Anything else: the bot stays silent. */
    IGNORE
}
