package th.reportbot.chat;

import static th.reportbot.chat.ThaiNumbers.number;
import static th.reportbot.chat.ThaiNumbers.signed;

import java.util.ArrayList;
import java.util.List;

import th.reportbot.parse.AskReason;
import th.reportbot.calendar.ThaiDateText;
import th.reportbot.report.Confirmed;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.StoredReport;
import th.reportbot.report.Submission;
import th.reportbot.report.Warning;
import th.reportbot.report.Weeks;
import th.reportbot.report.Withdrawal;
import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/** Writes the bot's text replies from what happened, with the sentences of {@link BotSentences}. */
class ReplyWriter {
    private static final int NAMES_IN_MISSING_LINE = 5;

    private final BotSentences say;

    ReplyWriter(BotSentences say) {
        this.say = say;
    }

    /**
     * One confirmation for a message: each organisation's numbers, changes and warnings, then, before the deadline,
     * who is still missing (the reminder rides on the free reply).
     */
    String confirmation(Submission submission, District district, boolean beforeDeadline) {
        List<String> lines = new ArrayList<>();
        String baselineDate = ThaiDateText.dayMonthYear(district.baselineDate());
        for (Confirmed c : submission.confirmed()) {
            StoredReport r = c.stored();
            lines.add(say.say("confirm.header", c.org().name(), ThaiDateText.withDay(r.week())));
            lines.add(numbers(baselineDate, c.baseline(), c.increase(), r.total()));
            // A first report has nothing to change from: a change it states is in its own words (and warnings).
            if (c.weekly() != null && c.numbers().previousTotal() != null) {
                lines.add(say.say("confirm.weekly", signed(c.weekly())));
            }
            if (c.replaced() != null && c.replaced().total() != null) {
                lines.add(correction(c.replaced().total(), r.total()));
            }
            for (Warning w : c.numbers().warnings()) {
                lines.add(warning(w, c, baselineDate));
            }
            if (r.warnings().contains(ReportWarning.LATE_CHANGE)) {
                lines.add(say.say("warning.late-change"));
            }
            if (submission.onBehalf()) {
                lines.add(say.say("confirm.on-behalf", c.org().name()));
            }
        }
        List<Confirmed> asked = submission.confirmed().stream().filter(Confirmed::asksBaseline).toList();
        if (!asked.isEmpty()) {
            // One line for all of them: an officer's list of every organisation must still fit one LINE message.
            // Plain digits in the example: it is meant to be copied back.
            Confirmed first = asked.get(0);
            lines.add(say.say("confirm.baseline-ask",
                    String.join(", ", asked.stream().map(c -> c.org().name()).toList()),
                    baselineDate, first.org().name(),
                    String.valueOf(first.stored().total())));
        }
        if (beforeDeadline || submission.stillMissing().isEmpty()) {
            lines.add(missingLine(submission.stillMissing(), district));
        }
        return String.join("\n", lines);
    }

    /** One short line: the names when a few are missing, otherwise how many and how to see them. */
    String missingLine(List<String> missing, District district) {
        if (missing.isEmpty()) {
            return say.say("missing.none", district.organisations().size());
        }
        return missing.size() <= NAMES_IN_MISSING_LINE ? say.say("missing.line", missing.size(), String.join(", ", missing))
                : say.say("missing.count", missing.size());
    }

    /** A report for a week before the district's first Friday or after this one: not stored, and why. */
    String outOfRange(Submission submission, District district) {
        return say.say("week.out-of-range", ThaiDateText.withDay(submission.outOfRange()),
                ThaiDateText.withDay(Weeks.fridayOf(district.baselineDate())));
    }

    String ask(Submission submission, District district) {
        if (submission.reason() != AskReason.UNKNOWN_ORGANISATION) {
            return say.say("ask.no-organisation");
        }
        Organisation closest = submission.parsed().closest();
        return closest != null
                ? say.say("ask.unknown-organisation.closest", submission.parsed().unknownName(), district.name(),
                        closest.name())
                : unknownOrganisation(submission.parsed().unknownName(), district);
    }

    String missingList(DistrictTable table) {
        if (table.missing().isEmpty()) {
            return say.say("missing.list.none", ThaiDateText.withDay(table.week()), table.expected());
        }
        List<String> names = table.missing().stream().map(r -> r.no() + ". " + r.org()).toList();
        return say.say("missing.list", ThaiDateText.withDay(table.week()), table.reported(), table.expected(),
                String.join("\n", names));
    }

    String withdrawal(Withdrawal w) {
        if (w.withdrawn() == null) {
            return say.say("undo.nothing");
        }
        Long withdrawn = w.withdrawn().total();
        String text = withdrawn == null ? say.say("undo.done.no-total", w.org().name())
                : say.say("undo.done", w.org().name(), number(withdrawn));
        if (w.nowShown() == null) {
            return text;
        }
        Long shown = w.nowShown().total();
        return text + "\n" + (shown == null ? say.say("undo.restored.no-total") : say.say("undo.restored", number(shown)));
    }

    String bound(Organisation org) {
        return say.say("bind.done", org.name());
    }

    String bindWhich() {
        return say.say("bind.which");
    }

    String unknownOrganisation(String name, District district) {
        return say.say("ask.unknown-organisation", name, district.name(), district.organisations().get(0).name());
    }

    String unbound(Organisation org) {
        return org == null ? say.say("unbind.none") : say.say("unbind.done", org.name());
    }

    String editWithdrawn(List<String> orgs) {
        return say.say("edit.withdrawn", String.join(", ", orgs));
    }

    /** The form's three numbers, saying which are not known yet rather than showing a dash. */
    private String numbers(String baselineDate, Long baseline, Long increase, Long total) {
        if (baseline != null && total != null) {
            return say.say("confirm.numbers", baselineDate, number(baseline), number(increase), number(total));
        }
        if (total != null) {
            return say.say("confirm.numbers.no-baseline", baselineDate, number(total));
        }
        return baseline != null ? say.say("confirm.numbers.no-total", baselineDate, number(baseline))
                : say.say("confirm.numbers.unknown", baselineDate);
    }

    /** The week's earlier total and what replaced it; a report without a total says so (its warning asks for one). */
    private String correction(long before, Long now) {
        if (now == null) {
            return say.say("confirm.correction.no-total", number(before));
        }
        return now == before ? say.say("confirm.correction.same", number(now))
                : say.say("confirm.correction", number(before), number(now));
    }

    /**
     * A warning's sentence with the numbers that disagree, and what the sentence needs besides them: what they would
     * add up to, the figure kept, the organisation's name for the example to send (see each key's comment).
     */
    private String warning(Warning w, Confirmed c, String baselineDate) {
        List<Long> n = w.numbers();
        String org = c.org().name();
        return switch (w.sentence()) {
            case "warning.mismatch.form" -> say.say(w.sentence(), number(n.get(0)), number(n.get(1)), number(n.get(2)),
                    sum(n.get(0), n.get(1)), difference(n.get(2), n.get(0)), org);
            case "warning.mismatch.week", "warning.mismatch.stored-week" -> say.say(w.sentence(), number(n.get(0)),
                    number(n.get(1)), number(n.get(2)), sum(n.get(0), n.get(1)), org);
            case "warning.mismatch.previous" -> say.say(w.sentence(), number(n.get(0)), number(n.get(1)), org);
            case "warning.baseline-changed", "warning.baseline-changed.kept" -> say.say(w.sentence(), number(n.get(0)), number(n.get(1)), baselineDate,
                    org);
            case "warning.increase-unclear" -> c.stored().baseline() == null
                    ? say.say(w.sentence(), number(n.get(0)), number(n.get(1)), difference(n.get(1), n.get(0)), org)
                    : say.say("warning.increase-unclear.known-baseline", number(n.get(0)), number(n.get(1)),
                    number(c.stored().baseline()));
            case "warning.total-unknown" -> say.say(w.sentence(), org);
            default -> say.say(w.sentence(), n.stream().map(ThaiNumbers::number).toArray());
        };
    }

    private String sum(Long a, Long b) {
        return a == null || b == null ? say.say("unknown.number") : number(a + b);
    }

    private String difference(Long a, Long b) {
        return a == null || b == null ? say.say("unknown.number") : number(a - b);
    }
}
