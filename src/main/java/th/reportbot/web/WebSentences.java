package th.reportbot.web;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.reportbot.report.ReportWarning;

/**
 * The words of the officers' pages and of the exports, from bot/sentences.properties ({@code page.*}, {@code csv.*},
 * {@code xlsx.*}), in the dashboard's fixed language ({@code spring.web.locale}), so a file reads like the page.
 */
@Component
public class WebSentences {
    private final MessageSource messages;
    private final Locale locale;

    public WebSentences(MessageSource messages, @Value("${spring.web.locale}") Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Arguments are best given as text: MessageFormat would write a number with grouping (2566 as "2,566"). */
    public String say(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A warning's label, the same on the page and in the exports: {@code page.warning.total-dropped} for {@code TOTAL_DROPPED}. */
    public String warning(ReportWarning w) {
        return say("page.warning." + w.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
