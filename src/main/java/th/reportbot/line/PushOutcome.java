package th.reportbot.line;

/** How a push ended. */
public enum PushOutcome {
    /** LINE accepted it. */
    SENT,
    /** LINE had accepted a push with the same retry key before (409): it is in the group once. */
    ALREADY_SENT,
    /** The channel's monthly quota is used up (429), or would be: not sent. */
    QUOTA_EXHAUSTED,
    /** LINE refused it (a 4xx other than 409 and 429): sending it again will not help. */
    REFUSED,
    /** LINE failed or did not answer after every retry: a later attempt, with the same retry key, may go through. */
    UNAVAILABLE
}
