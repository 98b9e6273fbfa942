package th.reportbot.local;

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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.support.MovableClockConfig;

/**
 * The bot as a newcomer starts it: no LINE channel, no Redis, only a folder for the embedded Redis's data. The clock
 * is the tests' (Thursday 1 June 2023), so that a question asked and answered never straddles a Friday deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // CI sets REDIS_URL and runs in a container; this test is the laptop, which has neither.
        "REDIS_URL=", "reportbot.local.allow-container=true"})
@Import(MovableClockConfig.class)
class LocalModeTest {
    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext context;

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
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        HttpResponse<String> script = get("/simulator.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/simulator/say").contains("function renderFlexMessage");
        HttpResponse<String> styles = get("/flex.css");
        assertThat(styles.statusCode()).as("the page draws Flex messages with LINE's sizes").isEqualTo(200);
        assertThat(styles.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(page.body()).contains("href=\"/flex.css\"");
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
    void theSimulatedDistrictOfficerGetsTheExportLink() throws Exception {
        HttpResponse<String> sent = post("/simulator/say",
                "{\"userId\":\"Usimulator-district-officer\",\"text\":\"ส่งออก\"}");

        assertThat(json.readTree(sent.body()).path("callbackStatus").asInt()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(json.readTree(get("/simulator/messages?after=0").body()).findValuesAsText("text"))
                        .anySatisfy(t -> assertThat(t).contains("/dashboard/g/")));
    }

    @Test
    void questionShowsItsButtonsAndATapAnswersIt() throws Exception {
        JsonNode setup = json.readTree(get("/simulator/setup").body());
        String member = setup.path("personas").get(12).path("userId").asText();
        post("/simulator/say", "{\"userId\":\"" + member + "\",\"text\":\"อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61\"}");
        JsonNode[] question = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (JsonNode line : json.readTree(get("/simulator/messages?after=0").body())) {
                if (line.path("message").has("quickReply")) {
                    question[0] = line.path("message");
                }
            }
            assertThat(question[0]).as("the question with its buttons").isNotNull();
        });
        JsonNode yes = question[0].path("quickReply").path("items").get(0).path("action");
        assertThat(yes.path("label").asText()).isEqualTo("✅ ถูกต้อง");

        HttpResponse<String> tapped = post("/simulator/tap", json.createObjectNode().put("userId", member)
                .put("data", yes.path("data").asText()).put("label", yes.path("label").asText()).toString());

        assertThat(json.readTree(tapped.body()).path("callbackStatus").asInt()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(get("/simulator/messages?after=0").body()).findValuesAsText("text"))
                .anySatisfy(t -> assertThat(t).startsWith("✅ รับรายงาน อบต.ท่าช้าง")));
    }

    @Test
    void simulatorLinksToTheDashboardAndNamesTheLocalAdminToken() throws Exception {
        JsonNode setup = json.readTree(get("/simulator/setup").body());

        assertThat(get("/").body()).contains("href=\"/dashboard\"");
        assertThat(setup.path("adminTokenHint").asText()).isEqualTo("local-admin-token");
        assertThat(get("/dashboard").body()).contains("รหัสผู้ดูแล");
    }

    @Test
    void dashboardNamesTheSimulatedGroupAsTheRosterDoes() throws Exception {
        JsonNode setup = json.readTree(get("/simulator/setup").body());
        String member = setup.path("personas").get(9).path("userId").asText();
        post("/simulator/say", "{\"userId\":\"" + member + "\",\"text\":\"ช่วยเหลือ\"}");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dashboard/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=local-admin-token")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        String picker = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dashboard"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();

        // The roster's group-name, as local mode's LINE answers the group summary.
        assertThat(picker).contains(">บ้านลาดบ้านเรา · อำเภอบ้านลาด</a>");
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        var tomcat = (org.springframework.boot.web.embedded.tomcat.TomcatWebServer) context.getWebServer();

        assertThat(tomcat.getTomcat().getConnector().getProperty("address"))
                .hasToString("/127.0.0.1");
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
