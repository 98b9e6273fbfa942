package th.reportbot.chat;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The bot's sentences, read through Spring's {@link MessageSource} from {@code bot/sentences.properties} (configured
 * under {@code spring.messages}), so that wording is reviewed in one file shared with the pages and the exports.
 */
@Component
public class BotSentences {
    /** A chat message carries no Accept-Language: the bot always speaks Thai. */
    static final Locale THAI = Locale.forLanguageTag("th");

    private final MessageSource messages;

    public BotSentences(MessageSource messages) {
        this.messages = messages;
    }

    public String say(String key, Object... args) {
        return messages.getMessage(key, args, THAI);
    }
}
