package th.reportbot.report;

/**
 * What became of an answer to a held report's question.
 *
 * @param pending the held report the answer was about, or null when there was none
 * @param stored  for {@link Kind#STORED}, what was stored (the confirmation's subject); null otherwise
 */
public record Answer(Kind kind, Pending pending, Submission stored) {
    public enum Kind {
        /** ✅ by the sender or an officer: stored as if it had been clear. */
        STORED,
        /** ❌: dropped. */
        DROPPED,
        /** Someone else tapped: nothing changed. */
        NOT_YOURS,
        /** The week's deadline passed: dropped, the organisation stays missing. */
        LAPSED,
        /** No such question any more (answered already, or replaced by a newer one). */
        GONE,
        /** The same event again: nothing to say. */
        DUPLICATE
    }

    static Answer of(Kind kind, Pending pending) {
        return new Answer(kind, pending, null);
    }

    static Answer duplicate() {
        return new Answer(Kind.DUPLICATE, null, null);
    }
}
