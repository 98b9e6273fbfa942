package th.reportbot.support;

import org.springframework.context.support.ResourceBundleMessageSource;

import th.reportbot.chat.BotSentences;

/**
 * The bot's sentences for tests that run without Spring, read as application.yml's {@code spring.messages} reads
 * them ({@code SentencesFileTest} checks that both render every sentence alike).
 */
public final class TestSentences {
    private TestSentences() {
    }

    public static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("bot/sentences");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    public static BotSentences botSentences() {
        return new BotSentences(messageSource());
    }
}
