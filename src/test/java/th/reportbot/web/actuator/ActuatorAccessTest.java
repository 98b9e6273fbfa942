package th.reportbot.web.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.support.BotTestBase;

/** A stranger sees whether the bot is up and nothing more; the operator's token shows the details and the metrics. */
class ActuatorAccessTest extends BotTestBase {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutTheTokenHealthShowsOnlyItsStatus() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).as("no schedule, no Redis details").isFalse();
    }

    @Test
    void withTheTokenHealthShowsTheSchedule() throws Exception {
        JsonNode body = new ObjectMapper().readTree(get("/actuator/health", ADMIN_TOKEN).body());

        assertThat(body.path("components").path("schedule").path("details").has("nextRuns")).isTrue();
    }

    @Test
    void metricsNeedTheToken() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator", null).statusCode()).isEqualTo(401);

        HttpResponse<String> metrics = get("/actuator/prometheus", ADMIN_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
