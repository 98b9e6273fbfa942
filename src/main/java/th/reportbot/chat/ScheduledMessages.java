package th.reportbot.chat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.linecorp.bot.messaging.model.MentionSubstitutionObject;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.SubstitutionObject;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.TextMessageV2;
import com.linecorp.bot.messaging.model.UserMentionTarget;

import th.reportbot.calendar.ThaiCalendar;
import th.reportbot.calendar.ThaiDateText;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.TableRow;

/**
 * The messages the schedule pushes: the morning reminder, the reminder to those missing, the Friday table, and the
 * officers' warning that the month's quota runs short.
 */
class ScheduledMessages {
    /** LINE's textV2 takes at most 100 substitutions; a reminder never needs that many. */
    private static final int MAX_MENTIONS = 50;

    private final BotSentences say;
    private final FlexTableWriter flex;

    ScheduledMessages(BotSentences say, FlexTableWriter flex) {
        this.say = say;
        this.flex = flex;
    }

    String morningReminder(LocalDate deadlineDay, LocalTime deadline, LocalDate friday) {
        String text = say.say("schedule.morning", ThaiDateText.withDay(deadlineDay), hhmm(deadline));
        return deadlineDay.equals(friday) ? text : say.say("schedule.moved", ThaiDateText.withDay(friday)) + "\n" + text;
    }

    /**
     * Names each organisation still missing, with an @mention of each member bound to it (LINE's textV2 mention
     * substitution); an organisation nobody is bound to is named only.
     *
     * @param members organisation id → LINE user ids bound to it
     */
    List<Message> missingReminder(DistrictTable table, LocalDate deadlineDay, LocalTime deadline,
                                         Map<String, List<String>> members) {
        Map<String, SubstitutionObject> substitution = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (TableRow row : table.missing()) {
            StringBuilder line = new StringBuilder("• ").append(row.org());
            for (String userId : members.getOrDefault(row.orgId(), List.of())) {
                if (substitution.size() >= MAX_MENTIONS) {
                    break;
                }
                String key = "m" + substitution.size();
                substitution.put(key, new MentionSubstitutionObject(new UserMentionTarget(userId)));
                line.append(" {").append(key).append('}');
            }
            lines.add(line.toString());
        }
        String text = say.say("schedule.missing", ThaiDateText.withDay(deadlineDay), hhmm(deadline), String.join("\n", lines));
        return List.of(new TextMessageV2(null, null, text, substitution, null));
    }

    List<Message> fridayTable(DistrictTable table) {
        List<Message> messages = new ArrayList<>(flex.write(table));
        if (!table.missing().isEmpty()) {
            messages.add(new TextMessage(say.say("schedule.table.missing", table.missing().size(),
                    String.join(", ", table.missing().stream().map(TableRow::org).toList()))));
        }
        return messages;
    }

    String quotaWarning(Reply.QuotaWarning q) {
        return say.say("schedule.quota.warning", ThaiCalendar.fullMonth(q.month().getMonthValue()) + " "
                        + ThaiCalendar.buddhistYear(q.month().atDay(1)), ThaiNumbers.number(q.remaining()),
                q.district().name(), ThaiNumbers.number(q.needed()), String.valueOf(q.pushes()), ThaiNumbers.number(q.members()));
    }

    private static String hhmm(LocalTime t) {
        return ThaiDateText.time(t);
    }
}
