package th.reportbot.chat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

/** The bot's sentences, read from {@code bot/sentences.properties} so that wording is reviewed in one file. */
@Component
public class BotSentences {
    private final ResourceBundle bundle = ResourceBundle.getBundle("bot.sentences", Locale.ROOT);

    public String say(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    public String greeting(String districtName) {
        return say("greeting", districtName);
    }

    public String help() {
        return say("help");
    }
}
