package th.reportbot.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bot as a newcomer starts it: no LINE channel, no Redis, only a folder for the embedded Redis's data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalModeTest {
    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void onlyADataFolder(DynamicPropertyRegistry registry) {
        registry.add("reportbot.local.data-dir", () -> dataDir.toString());
    }

    @Test
    void simulatorPageSaysItIsASimulator() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("โหมดจำลอง").contains("Simulator");
    }

    @Test
    void memberAsksForHelpAndSeesTheBotsReplyInThePage() throws Exception {
        JsonNode setup = json.readTree(get("/simulator/setup").body());
        String member = setup.path("personas").get(9).path("userId").asText();
        assertThat(setup.path("personas").get(9).path("name").asText()).contains("อบต.ไร่โคก");

        HttpResponse<String> sent = post("/simulator/say", "{\"userId\":\"" + member + "\",\"text\":\"ช่วยเหลือ\"}");

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(json.readTree(sent.body()).path("callbackStatus").asInt()).as("the signed webhook was accepted").isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode lines = json.readTree(get("/simulator/messages?after=0").body());
            assertThat(lines.findValuesAsText("from")).contains("member", "bot");
            assertThat(lines.findValuesAsText("text")).anySatisfy(t -> assertThat(t).startsWith("วิธีรายงานยอด ThaiD"));
        });
    }

    @Test
    void simulatorLinksToTheDashboardAndNamesTheLocalAdminToken() throws Exception {
        JsonNode setup = json.readTree(get("/simulator/setup").body());

        assertThat(get("/").body()).contains("href=\"/dashboard\"");
        assertThat(setup.path("adminTokenHint").asText()).isEqualTo("local-admin-token");
        assertThat(get("/dashboard").body()).contains("รหัสผู้ดูแล");
    }

    @Test
    void unknownPersonaIsRefused() throws Exception {
        assertThat(post("/simulator/say", "{\"userId\":\"Unobody\",\"text\":\"hi\"}").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
