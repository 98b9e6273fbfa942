package th.reportbot.line;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;

import th.reportbot.roster.District;

/** Decides what the bot answers to a stored event. Most events get no answer: the bot is quiet by default. */
@Component
class EventRouter {
    private final BotSentences sentences;
    private final District district;

    EventRouter(BotSentences sentences, District district) {
        this.sentences = sentences;
        this.district = district;
    }

    List<Message> replyTo(ReceivedEvent received) {
        if (received.event().mode() == EventMode.STANDBY) {
            return List.of(); // another channel is answering this chat
        }
        if (received.event() instanceof JoinEvent) {
            return text(sentences.greeting(district.name()));
        }
        if (received.event() instanceof MessageEvent m && m.message() instanceof TextMessageContent t) {
            String command = CommandText.of(t).toLowerCase(Locale.ROOT);
            if (command.equals("ช่วยเหลือ") || command.equals("help")) {
                return text(sentences.help());
            }
        }
        return List.of();
    }

    private static List<Message> text(String text) {
        return List.of(new TextMessage(text));
    }
}
