package th.reportbot.chat;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

import th.reportbot.report.Confirmed;
import th.reportbot.report.Doubt;
import th.reportbot.report.Pending;
import th.reportbot.report.Submission;
import th.reportbot.calendar.ThaiDateText;

/**
 * The question about a held report: what the bot read, why it asks, and two quick-reply buttons. The buttons show
 * only on LINE for iOS and Android, so the question also says that typing "ใช่" or "ไม่ใช่" does the same.
 */
class QuestionWriter {
    private final BotSentences say;

    QuestionWriter(BotSentences say) {
        this.say = say;
    }

    Message question(Submission s) {
        Pending p = s.held();
        QuickReply buttons = new QuickReply(List.of(
                button(say.say("confirm.button.yes"), PostbackData.of(p, true)),
                button(say.say("confirm.button.no"), PostbackData.of(p, false))));
        return new TextMessage.Builder(text(s)).quickReply(buttons).build();
    }

    /** The question's words: what the bot read and why it asks. */
    String text(Submission s) {
        Pending p = s.held();
        List<String> read = new ArrayList<>();
        for (Confirmed c : s.confirmed()) {
            String week = ThaiDateText.withDay(c.stored().week());
            Long total = c.stored().total();
            read.add(total == null ? say.say("confirm.question.report.no-total", c.org().name(), week)
                    : say.say("confirm.question.report", c.org().name(), week, ThaiNumbers.number(total)));
        }
        List<String> why = new ArrayList<>();
        for (Doubt d : p.doubts()) {
            why.add(say.say(d.sentence(), doubtNumber(d, s)));
        }
        return say.say("confirm.question", String.join("\n", read), String.join("\n", why));
    }

    /** The number the doubt's sentence names: the population, the last total, or the total stored this week. */
    private String doubtNumber(Doubt d, Submission s) {
        Confirmed first = s.confirmed().get(0);
        Long n = switch (d) {
            case ABOVE_POPULATION -> first.org().population();
            case OUT_OF_LINE -> first.numbers().previousTotal();
            case TOTAL_WORKED_OUT -> first.replaced() != null ? first.replaced().total() : null;
            default -> null;
        };
        return n == null ? say.say("unknown.number") : ThaiNumbers.number(n);
    }

    private static QuickReplyItem button(String label, String data) {
        return new QuickReplyItem.Builder().action(new PostbackAction.Builder().label(label).data(data)
                .displayText(label).build()).build();
    }
}
