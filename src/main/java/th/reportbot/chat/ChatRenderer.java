package th.reportbot.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;

import th.reportbot.calendar.ThaiDateText;

/** Turns what the bot says ({@link Reply}) into LINE messages. Pure: it reads nothing but the value it is given. */
@Component
public class ChatRenderer {
    /** LINE takes at most five messages in one reply or push. */
    static final int MAX_MESSAGES = 5;

    private final BotSentences say;
    private final ReplyWriter writer;
    private final FlexTableWriter flex;
    private final QuestionWriter questions;
    private final ScheduledMessages scheduled;

    public ChatRenderer(BotSentences say) {
        this.say = say;
        this.writer = new ReplyWriter(say);
        this.flex = new FlexTableWriter(say);
        this.questions = new QuestionWriter(say);
        this.scheduled = new ScheduledMessages(say, flex);
    }

    public List<Message> render(Reply reply) {
        if (reply instanceof Reply.Silence) {
            return List.of();
        }
        if (reply instanceof Reply.Confirmation c) {
            List<Message> messages = new ArrayList<>();
            messages.add(text(writer.confirmation(c.submission(), c.district(), c.beforeDeadline())));
            if (c.completedTable() != null) {
                messages.addAll(flex.write(c.completedTable()));
            }
            return atMostFive(messages);
        }
        if (reply instanceof Reply.Question q) {
            return List.of(questions.question(q.submission()));
        }
        if (reply instanceof Reply.Table t) {
            return flex.write(t.table());
        }
        if (reply instanceof Reply.MissingReminder m) {
            return scheduled.missingReminder(m.table(), m.deadlineDay(), m.deadline(), m.members());
        }
        if (reply instanceof Reply.FridayTable f) {
            return atMostFive(scheduled.fridayTable(f.table()));
        }
        String text = text(reply);
        return text == null ? List.of() : List.of(text(text));
    }

    /**
     * The reply's words as one text (the question without its buttons), as {@code /api/parse} shows what the bot
     * would answer; null for silence and for replies that are not text (a table).
     */
    public String text(Reply reply) {
        if (reply instanceof Reply.Sentence s) {
            return say.say(s.key(), s.args().stream().map(ChatRenderer::written).toArray());
        }
        if (reply instanceof Reply.Confirmation c) {
            return writer.confirmation(c.submission(), c.district(), c.beforeDeadline());
        }
        if (reply instanceof Reply.Question q) {
            return questions.text(q.submission());
        }
        if (reply instanceof Reply.WhichOrganisation w) {
            return writer.ask(w.submission(), w.district());
        }
        if (reply instanceof Reply.OutOfRange o) {
            return writer.outOfRange(o.submission(), o.district());
        }
        if (reply instanceof Reply.MissingList m) {
            return writer.missingList(m.table());
        }
        if (reply instanceof Reply.Withdrawn w) {
            return writer.withdrawal(w.withdrawal());
        }
        if (reply instanceof Reply.Bound b) {
            return writer.bound(b.organisation());
        }
        if (reply instanceof Reply.Unbound u) {
            return writer.unbound(u.organisation());
        }
        if (reply instanceof Reply.UnknownOrganisation u) {
            return writer.unknownOrganisation(u.name(), u.district());
        }
        if (reply instanceof Reply.EditWithdrawn e) {
            return writer.editWithdrawn(e.organisations());
        }
        if (reply instanceof Reply.MorningReminder m) {
            return scheduled.morningReminder(m.deadlineDay(), m.deadline(), m.friday());
        }
        if (reply instanceof Reply.QuotaWarning q) {
            return scheduled.quotaWarning(q);
        }
        return null;
    }

    private static Object written(Object arg) {
        if (arg instanceof LocalDate d) {
            return ThaiDateText.withDay(d);
        }
        if (arg instanceof Long n) {
            return ThaiNumbers.number(n);
        }
        return arg;
    }

    private static TextMessage text(String text) {
        return new TextMessage(text);
    }

    private static List<Message> atMostFive(List<Message> messages) {
        return messages.subList(0, Math.min(MAX_MESSAGES, messages.size()));
    }
}
