package th.reportbot.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import th.reportbot.chat.ChatRenderer;
import th.reportbot.parse.ReportParser;
import th.reportbot.report.InMemoryReportStore;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.roster.District;
import th.reportbot.roster.RosterLoader;
import th.reportbot.support.TestSentences;

/**
 * {@code POST /api/parse} as a web slice: the controller with its real token check, desk and renderer over an
 * in-memory store, through Spring MVC's request handling, without starting the application.
 */
class ParseApiTest {
    private static final String TOKEN = "slice-admin-token";

    private final InMemoryReportStore store = new InMemoryReportStore();
    /** As Spring Boot configures Jackson: dates as ISO text. */
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final MockMvc api;

    ParseApiTest() {
        District banLat = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
        ReportDesks desks = new ReportDesks(List.of(new ReportDesk(banLat, new ReportParser(banLat), store)), store);
        Clock clock = Clock.fixed(Instant.parse("2023-06-02T03:00:00Z"), ZoneOffset.UTC);
        api = MockMvcBuilders.standaloneSetup(new ParseApiController(desks,
                        new ChatRenderer(TestSentences.botSentences()), clock))
                .setControllerAdvice(new ApiErrors())
                .setMessageConverters(new MappingJackson2HttpMessageConverter(json))
                .addMappedInterceptors(new String[]{"/api/**"}, new AdminTokenInterceptor(TOKEN))
                .build();
    }

    @Test
    void reportIsReadAndNothingIsStored() throws Exception {
        JsonNode body = ok("{\"text\":\"อบต.ไร่สะท้อน: ยอดเดิม 150 เพิ่ม 30 รวม 185\",\"userId\":\"U1\"}");

        assertThat(body.path("outcome").asText()).isEqualTo("REPORT");
        JsonNode report = body.path("reports").get(0);
        assertThat(report.path("org").asText()).isEqualTo("อบต.ไร่สะท้อน");
        assertThat(report.path("baseline").asLong()).isEqualTo(150);
        assertThat(report.path("increase").asLong()).isEqualTo(30);
        assertThat(report.path("total").asLong()).isEqualTo(185);
        assertThat(report.path("date").isNull()).isTrue();
        assertThat(report.path("weekly").isNull()).isTrue();
        assertThat(report.path("warnings").get(0).asText()).isEqualTo("MISMATCH");
        assertThat(body.path("reason").isNull()).isTrue();
        assertThat(body.path("reply").asText()).startsWith("✅ รับรายงาน อบต.ไร่สะท้อน");
        assertThat(store.knowsChat("api-dry-run")).as("a dry run stores nothing").isFalse();
    }

    @Test
    void writtenDateComesBackAsIsoDate() throws Exception {
        JsonNode body = ok("{\"text\":\"อบต.ไร่สะท้อน ณ 30/06/2023 รวม 190\"}");

        assertThat(body.path("reports").get(0).path("date").asText()).isEqualTo("2023-06-30");
    }

    @Test
    void sentAtResolvesADateWithoutAYearAsTheGroupWould() throws Exception {
        JsonNode body = ok("{\"text\":\"อบต.ไร่โคก 231 ราย ณ 9 มิ.ย.\",\"sentAt\":\"2023-06-08T03:00:00Z\"}");

        assertThat(body.path("reports").get(0).path("date").asText()).isEqualTo("2023-06-09");
        assertThat(body.path("reports").get(0).path("needsConfirmation").asBoolean()).isFalse();
    }

    @Test
    void unsureReadingSaysTheBotWouldAsk() throws Exception {
        JsonNode body = ok("{\"text\":\"อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61\",\"sentAt\":\"2023-06-02T03:00:00Z\"}");

        assertThat(body.path("outcome").asText()).isEqualTo("REPORT");
        assertThat(body.path("reports").get(0).path("needsConfirmation").asBoolean()).isTrue();
        assertThat(body.path("reply").asText()).startsWith("🔎 รบกวนตรวจสอบยอดก่อนบันทึกครับ");
        assertThat(store.knowsChat("api-dry-run")).isFalse();
    }

    @Test
    void aNumberTooLongToBeACountIsNoCountAndNoError() throws Exception {
        JsonNode body = ok("{\"text\":\"อบต.ท่าช้าง รวม 1,234,567,890,123,456,789,012 ราย\"}");

        assertThat(body.path("outcome").asText()).isEqualTo("IGNORE");
    }

    @Test
    void sentAtThatIsNoInstantIsABadRequestThatSaysSo() throws Exception {
        MockHttpServletResponse response = call(TOKEN, "{\"text\":\"รวม 5\",\"sentAt\":\"Friday\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("sentAt");
    }

    @Test
    void unknownOrganisationIsAnAskWithTheReason() throws Exception {
        JsonNode body = ok("{\"text\":\"อบต.บางกระเจ้า 55 ราย\",\"userId\":\"U1\"}");

        assertThat(body.path("outcome").asText()).isEqualTo("ASK");
        assertThat(body.path("reason").asText()).isEqualTo("UNKNOWN_ORGANISATION");
        assertThat(body.path("reports")).isEmpty();
    }

    @Test
    void chatterIsIgnored() throws Exception {
        JsonNode body = ok("{\"text\":\"รับทราบครับ\",\"userId\":\"U1\"}");

        assertThat(body.path("outcome").asText()).isEqualTo("IGNORE");
        assertThat(body.path("reply").isNull()).isTrue();
    }

    @Test
    void withoutTheTokenIs401() throws Exception {
        assertThat(call(null, "{\"text\":\"x\"}").getStatus()).isEqualTo(401);
    }

    @Test
    void wrongTokenIs401() throws Exception {
        assertThat(call(TOKEN + "x", "{\"text\":\"x\"}").getStatus()).isEqualTo(401);
        assertThat(call(TOKEN.substring(0, TOKEN.length() - 1) + "X", "{\"text\":\"x\"}").getStatus()).isEqualTo(401);
    }

    @Test
    void bodyWithoutTextIs400() throws Exception {
        assertThat(call(TOKEN, "{\"userId\":\"U1\"}").getStatus()).isEqualTo(400);
        assertThat(call(TOKEN, "not json").getStatus()).isEqualTo(400);
    }

    private JsonNode ok(String body) throws Exception {
        MockHttpServletResponse response = call(TOKEN, body);
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse call(String token, String body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/parse").contentType(MediaType.APPLICATION_JSON).content(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.perform(request).andReturn().getResponse();
    }
}
