package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import th.reportbot.BotProperties;

/** The README's example nginx front (config/nginx.conf) stays in step with the bot behind it. */
class ReverseProxyExampleTest {
    private static final Path NGINX = Path.of("config/nginx.conf");

    @Test
    void theCallbackLocationBuffersBodiesUpToTheBotsOwnCap() throws IOException {
        Matcher callback = Pattern.compile("location = /callback \\{(.*?)\\n        }", Pattern.DOTALL)
                .matcher(Files.readString(NGINX));
        assertThat(callback.find()).as("config/nginx.conf has a location for /callback").isTrue();
        String location = callback.group(1);
        BotProperties.Webhook defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("reportbot.webhook", BotProperties.Webhook.class);

        assertThat(location).contains("proxy_request_buffering on;");
        Matcher size = Pattern.compile("client_max_body_size (\\d+)k;").matcher(location);
        assertThat(size.find()).isTrue();
        assertThat(DataSize.ofKilobytes(Long.parseLong(size.group(1)))).isEqualTo(defaults.maxBody());
    }
}
