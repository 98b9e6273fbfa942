package th.reportbot.web.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.TestRedis;

/** With a management port (kept off the internet by the operator), health details and metrics need no token there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "line.bot.channel-secret=" + BotTestBase.SECRET, "line.bot.channel-token=" + BotTestBase.TOKEN,
        "reportbot.admin-token=" + BotTestBase.ADMIN_TOKEN, "reportbot.schedule.enabled=false",
        "management.server.port=0", "management.prometheus.metrics.export.enabled=true"})
class ManagementPortTest {
    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("line.bot.api-end-point", FakeLine::url);
        registry.add("spring.data.redis.url", TestRedis::url);
    }

    @Test
    void theManagementPortShowsDetailsAndMetricsWithoutAToken() throws Exception {
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"schedule\"").contains("nextRuns");
        assertThat(get(managementPort, "/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void theApplicationPortServesNoActuator() throws Exception {
        assertThat(get(port, "/actuator/prometheus").statusCode()).isIn(401, 404);
        assertThat(get(port, "/actuator/health").body()).doesNotContain("nextRuns");
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
