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
        for (Confirmed c : submission.confirmed()) {
            StoredReport r = c.stored();
            lines.add(say.say("confirm.header", c.org().name(), ThaiDateText.withDay(r.week())));
            lines.add(say.say("confirm.numbers", ThaiDateText.dayMonthYear(district.baselineDate()), number(r.baseline()),
                    number(c.increase()), number(r.total())));
            if (c.weekly() != null) {
                lines.add(say.say("confirm.weekly", signed(c.weekly())));
            }
            if (c.replaced() != null && c.replaced().total() != null) {
                lines.add(c.replaced().total().equals(r.total())
                        ? say.say("confirm.correction.same", number(r.total()))
                        : say.say("confirm.correction", number(c.replaced().total()), number(r.total())));
            }
            for (Warning w : c.numbers().warnings()) {
                lines.add(warning(w));
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
                    ThaiDateText.dayMonthYear(district.baselineDate()), first.org().name(),
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
        return submission.reason() == AskReason.UNKNOWN_ORGANISATION
                ? say.say("ask.unknown-organisation", submission.parsed().unknownName(), district.name())
                : say.say("ask.no-organisation");
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
        String text = say.say("undo.done", w.org().name(), number(w.withdrawn().total()));
        return w.nowShown() == null ? text : text + "\n" + say.say("undo.restored", number(w.nowShown().total()));
    }

    String bound(Organisation org) {
        return say.say("bind.done", org.name());
    }

    String bindWhich() {
        return say.say("bind.which");
    }

    String unknownOrganisation(String name, District district) {
        return say.say("ask.unknown-organisation", name, district.name());
    }

    String unbound(Organisation org) {
        return org == null ? say.say("unbind.none") : say.say("unbind.done", org.name());
    }

    String editWithdrawn(List<String> orgs) {
        return say.say("edit.withdrawn", String.join(", ", orgs));
    }

    private String warning(Warning w) {
        Object[] args = w.numbers().stream().map(ThaiNumbers::number).toArray();
        if (w.sentence().equals("warning.mismatch.stored-week") && w.numbers().size() == 3) {
            args = new Object[]{args[0], args[1], args[2], number(w.numbers().get(0) + w.numbers().get(1))};
        }
        return say.say(w.sentence(), args);
    }

}
