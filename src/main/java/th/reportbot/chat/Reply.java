package th.reportbot.chat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.Submission;
import th.reportbot.report.Withdrawal;
import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/**
 * What the bot says, as a value: decided where the event is handled (with everything it needs already read from
 * Redis), turned into LINE messages by {@link ChatRenderer} alone. Rendering reads nothing.
 */
public sealed interface Reply {
    /** No answer. */
    Reply NONE = new Silence();

    record Silence() implements Reply {
    }

    /**
     * One sentence of {@code bot/sentences.properties}. Arguments are written the house way: a {@link LocalDate} as
     * "วันศุกร์ที่ …", a {@link Long} as a number with thousands separators; anything else as it is.
     */
    record Sentence(String key, List<Object> args) implements Reply {
        public static Sentence of(String key, Object... args) {
            return new Sentence(key, List.of(args));
        }
    }

    /**
     * The answer to a stored report: what was stored, with its warnings and who is still missing.
     *
     * @param beforeDeadline the message came before the week's deadline: the missing line rides along
     * @param completedTable the district table when this report completed the week, else null
     */
    record Confirmation(Submission submission, District district, boolean beforeDeadline,
                        DistrictTable completedTable) implements Reply {
    }

    /** The question about a held report, with its two buttons. */
    record Question(Submission submission) implements Reply {
    }

    /** A count the bot could not place: which organisation is it? */
    record WhichOrganisation(Submission submission, District district) implements Reply {
    }

    /** A report for a week the district does not collect: not stored, and why. */
    record OutOfRange(Submission submission, District district) implements Reply {
    }

    /** The district table ("สรุป"). */
    record Table(DistrictTable table) implements Reply {
    }

    /** Who has not reported ("ยังไม่ส่ง"). */
    record MissingList(DistrictTable table) implements Reply {
    }

    /** The answer to "ยกเลิก". */
    record Withdrawn(Withdrawal withdrawal) implements Reply {
    }

    /** The member is now bound to the organisation. */
    record Bound(Organisation organisation) implements Reply {
    }

    /** The member's binding was removed; a null organisation when there was none. */
    record Unbound(Organisation organisation) implements Reply {
    }

    /** The name given to bind does not match an organisation of the district. */
    record UnknownOrganisation(String name, District district) implements Reply {
    }

    /** An edit took the numbers out of a message that carried reports: these organisations' reports are withdrawn. */
    record EditWithdrawn(List<String> organisations) implements Reply {
    }

    /** The morning push: today is the deadline day (or the week's deadline moved to it). */
    record MorningReminder(LocalDate deadlineDay, LocalTime deadline, LocalDate friday) implements Reply {
    }

    /**
     * The push naming those missing, with an @mention of each member bound to them.
     *
     * @param members organisation id → LINE user ids bound to it
     */
    record MissingReminder(DistrictTable table, LocalDate deadlineDay, LocalTime deadline,
                           Map<String, List<String>> members) implements Reply {
    }

    /** The table pushed at the deadline, with a line naming those still missing. */
    record FridayTable(DistrictTable table) implements Reply {
    }

    /**
     * Pushed to each district officer, once a month: the channel's remaining quota will not cover the group's
     * scheduled pushes this month, so some will be skipped, and what to do about it.
     *
     * @param remaining messages the channel has left this month
     * @param pushes    scheduled pushes still to come this month
     * @param members   the group's members: what one push costs
     */
    record QuotaWarning(District district, YearMonth month, long remaining, int pushes, long members) implements Reply {
        public long needed() {
            return pushes * members;
        }
    }
}
