package th.reportbot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Local mode's public secret and admin token are safe only on a laptop: where the bot looks deployed it does not
 * start, and where it starts it listens on the loopback address only. The container signs are given, not read from
 * the machine the test runs on.
 */
class LocalModeRefusalTest {

    @Test
    void refusesToStartWhenRedisUrlIsSet() {
        ConfigurableEnvironment env = environment(Map.of("REDIS_URL", "redis://prod-redis:6379"));

        assertThatThrownBy(() -> new LocalModeEnvironment(ContainerSigns::none).postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(LocalModeRefused.class)
                .hasMessageContaining("REDIS_URL is set").hasMessageContaining("LINE_CHANNEL_SECRET")
                .hasMessageNotContaining("\n");
        assertThat(env.getProperty("reportbot.local-mode")).isNull();
    }

    @Test
    void refusesToStartInADockerContainer() {
        var docker = new ContainerSigns(true, false, null, null);

        assertThatThrownBy(() -> new LocalModeEnvironment(() -> docker).postProcessEnvironment(environment(Map.of()), new SpringApplication()))
                .isInstanceOf(LocalModeRefused.class).hasMessageContaining("/.dockerenv").hasMessageNotContaining("\n");
    }

    @Test
    void refusesToStartInKubernetesOrAPodmanContainer() {
        for (var signs : new ContainerSigns[]{new ContainerSigns(false, false, "10.0.0.1", null),
                new ContainerSigns(false, true, null, null), new ContainerSigns(false, false, null, "podman")}) {
            assertThatThrownBy(() -> new LocalModeEnvironment(() -> signs).postProcessEnvironment(environment(Map.of()), new SpringApplication()))
                    .as(signs.toString()).isInstanceOf(LocalModeRefused.class).hasMessageContaining("container");
        }
    }

    @Test
    void onALaptopItListensOnTheLoopbackAddressOnly() {
        ConfigurableEnvironment env = environment(Map.of("server.address", "0.0.0.0"));

        new LocalModeEnvironment(ContainerSigns::none).postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("reportbot.local-mode")).isEqualTo("true");
        assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void aDevelopersOwnContainerCanBeAllowedExplicitly() {
        ConfigurableEnvironment env = environment(Map.of("reportbot.local.allow-container", "true"));

        new LocalModeEnvironment(() -> new ContainerSigns(true, false, null, null)).postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("reportbot.local-mode")).isEqualTo("true");
        assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void withLineCredentialsNothingIsRefused() {
        ConfigurableEnvironment env = environment(Map.of("line.bot.channel-secret", "s", "line.bot.channel-token", "t",
                "REDIS_URL", "redis://prod-redis:6379"));

        new LocalModeEnvironment(() -> new ContainerSigns(true, false, null, null)).postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("reportbot.local-mode")).isNull();
    }

    private static ConfigurableEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        // Only what the test gives: neither this machine's variables nor its system properties.
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return env;
    }
}
