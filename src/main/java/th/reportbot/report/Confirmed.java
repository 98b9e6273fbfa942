package th.reportbot.report;

import th.reportbot.roster.Organisation;

/**
 * A report the bot stored, with what the reply needs.
 *
 * @param replaced     the version it replaced as the week's current one (a correction), or null
 * @param asksBaseline the reply asks for the organisation's baseline: still unknown, and not asked before in the chat
 */
public record Confirmed(Organisation org, StoredReport stored, Reconciled numbers, StoredReport replaced,
                        boolean asksBaseline) {

    public Confirmed(Organisation org, StoredReport stored, Reconciled numbers, StoredReport replaced) {
        this(org, stored, numbers, replaced, false);
    }

    Confirmed askingBaseline() {
        return new Confirmed(org, stored, numbers, replaced, true);
    }

    /** The form's increase: total − baseline. */
    public Long increase() {
        return stored.total() != null && stored.baseline() != null ? Long.valueOf(stored.total() - stored.baseline()) : null;
    }

    /** This week's change: total − the previous reported total, or as stated when no earlier total is known. */
    public Long weekly() {
        Long previous = numbers.previousTotal();
        return stored.total() != null && previous != null ? Long.valueOf(stored.total() - previous) : stored.statedWeekly();
    }
}
