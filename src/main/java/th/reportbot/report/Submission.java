package th.reportbot.report;

import java.time.LocalDate;
import java.util.List;

import th.reportbot.parse.AskReason;
import th.reportbot.parse.Outcome;
import th.reportbot.parse.ParseResult;

/**
 * What a message did: stored reports, a question to ask, or nothing.
 *
 * @param week          the week of the first stored report (for the missing line and the table)
 * @param stillMissing  canonical names of the organisations that have not reported for that week after this message
 * @param completesWeek this message brought the last missing organisation of the week
 * @param duplicate     the event had been stored before, or is an edit older than one already applied: nothing
 *                      changed, nothing to say
 * @param held          the reports were not stored but held for the sender's confirmation (the question's subject),
 *                      or null
 * @param outOfRange    the week the message named when it lies before the district's baseline week or after the
 *                      current one (nothing stored), or null
 * @param onBehalf      the sender is bound to another organisation than the one(s) reported: a colleague covering
 * @param tooLate       the report for a week past its deadline that the sender may not change (nothing stored), or
 *                      null
 */
public record Submission(ParseResult parsed, List<Confirmed> confirmed, LocalDate week, List<String> stillMissing,
                         boolean completesWeek, boolean duplicate, Pending held, LocalDate outOfRange,
                         boolean onBehalf, TooLate tooLate) {

    /** A week past its deadline is changed only by its organisation's bound members and by officers. */
    public record TooLate(String orgName, LocalDate week) {
    }

    public Submission {
        confirmed = List.copyOf(confirmed);
        stillMissing = List.copyOf(stillMissing);
    }

    public Submission(ParseResult parsed, List<Confirmed> confirmed, LocalDate week, List<String> stillMissing,
                      boolean completesWeek, boolean duplicate) {
        this(parsed, confirmed, week, stillMissing, completesWeek, duplicate, null, null, false, null);
    }

    public Outcome outcome() {
        return parsed.outcome();
    }

    public AskReason reason() {
        return parsed.reason();
    }

    static Submission nothingStored(ParseResult parsed, boolean duplicate) {
        return new Submission(parsed, List.of(), null, List.of(), false, duplicate);
    }

    Submission asDuplicate() {
        return new Submission(parsed, confirmed, week, stillMissing, completesWeek, true, held, outOfRange, onBehalf,
                tooLate);
    }

    /** Reports were stored (not held, not refused). */
    public boolean stored() {
        return !confirmed.isEmpty() && held == null && outOfRange == null && tooLate == null;
    }
}
