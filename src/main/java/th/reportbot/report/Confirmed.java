package th.reportbot.report;

import th.reportbot.roster.Organisation;

/**
 * A report the bot stored, with what the reply needs.
 *
 * @param replaced     the version it replaced as the week's current one (a correction), or null
 * @param baseline     the baseline the district table shows with it: the baseline week's total when there is one,
 *                     which a different stated baseline does not override (see {@link OrgHistory#baseline})
 * @param asksBaseline the reply asks for the organisation's baseline: still unknown, and not asked before in the chat
 */
public record Confirmed(Organisation org, StoredReport stored, Reconciled numbers, StoredReport replaced, Long baseline,
                        boolean asksBaseline) {

    public Confirmed(Organisation org, StoredReport stored, Reconciled numbers, StoredReport replaced, Long baseline) {
        this(org, stored, numbers, replaced, baseline, false);
    }

    Confirmed askingBaseline() {
        return new Confirmed(org, stored, numbers, replaced, baseline, true);
    }

    /** The form's increase as the table shows it: total − baseline. */
    public Long increase() {
        return stored.total() != null && baseline != null ? Long.valueOf(stored.total() - baseline) : null;
    }

    /** This week's change: total − the previous reported total, or as stated when no earlier total is known. */
    public Long weekly() {
        Long previous = numbers.previousTotal();
        return stored.total() != null && previous != null ? Long.valueOf(stored.total() - previous) : stored.statedWeekly();
    }
}
