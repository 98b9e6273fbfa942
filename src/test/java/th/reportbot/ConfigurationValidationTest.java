package th.reportbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** A wrong setting stops the start, and the log names the property and says what is wrong with it. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTest {

    /** Only the configuration tree: binding and validation as in the bot, without its web server and Redis. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BotProperties.class)
    static class TreeOnly {
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(TreeOnly.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(withLineCredentials(args));
    }

    /** As arguments, which outrank application.yml: otherwise the start turns into local mode with an embedded Redis. */
    private static String[] withLineCredentials(String... args) {
        return Stream.concat(Stream.of("--line.bot.channel-secret=s",
                "--line.bot.channel-token=t"), Arrays.stream(args)).toArray(String[]::new);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "reportbot.roster-files=                     | reportbot.roster-files                 | must not be empty",
            "reportbot.public-base-url=localhost:8080    | reportbot.public-base-url              | must be a valid URL",
            "reportbot.public-base-url=ftp://example.org | reportbot.public-base-url              | must be a valid URL",
            "reportbot.replies-per-member-per-minute=0   | reportbot.replies-per-member-per-minute | must be greater than 0",
            "reportbot.store.dedupe-for=0s               | reportbot.store.dedupe-for             | must be longer than 0",
            "reportbot.schedule.tick=-5s                 | reportbot.schedule.tick                | must be longer than 0",
            "reportbot.schedule.first-tick=-1s           | reportbot.schedule.first-tick          | must be longer than or equal to 0",
            "reportbot.push.max-per-second=0             | reportbot.push.max-per-second          | must be greater than 0",
            "reportbot.push.retry-delays=2s,-1s          | reportbot.push.retry-delays            | must be longer than or equal to 0",
            "reportbot.line.max-requests=-3              | reportbot.line.max-requests            | must be greater than 0"})
    void aWrongValueStopsTheStartNamingTheProperty(String setting, String property, String reason, CapturedOutput log) {
        assertThatThrownBy(() -> start("--" + setting)); // fails unless the start fails
        assertThat(log.getOut() + log.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Property: " + property)
                .contains(reason);
    }

    @Test
    void aValueOfTheWrongTypeStopsTheStartNamingTheProperty(CapturedOutput log) {
        assertThatThrownBy(() -> start("--reportbot.schedule.tick=often"));
        assertThat(log.getOut() + log.getErr()).contains("reportbot.schedule.tick").contains("often");
    }

    @Test
    void theDefaultsPassTheirOwnChecks() {
        try (ConfigurableApplicationContext context = start()) {
            BotProperties properties = context.getBean(BotProperties.class);
            assertThat(properties.rosterFiles()).hasSize(1);
            assertThat(properties.push().retryDelays())
                    .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30));
            assertThat(properties.schedule().tick()).isEqualTo(Duration.ofSeconds(20));
            assertThat(properties.local().embeddedRedisPort()).isNull();
        }
    }

    @Test
    void linksAreSignedWithTheAdminTokenUnlessALinkSecretIsSet() {
        try (ConfigurableApplicationContext context = start("--reportbot.admin-token=admin")) {
            assertThat(context.getBean(BotProperties.class).linkSecretOrAdminToken()).isEqualTo("admin");
        }
        try (ConfigurableApplicationContext context = start("--reportbot.admin-token=admin",
                "--reportbot.link-secret=links")) {
            assertThat(context.getBean(BotProperties.class).linkSecretOrAdminToken()).isEqualTo("links");
        }
    }
}
