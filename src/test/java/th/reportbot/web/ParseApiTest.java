package th.reportbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.support.BotTestBase;

class ParseApiTest extends BotTestBase {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reportIsReadAndNothingIsStored() throws Exception {
        HttpResponse<String> response = parse(ADMIN_TOKEN,
                "{\"text\":\"อบต.ไร่สะท้อน: ยอดเดิม 150 เพิ่ม 30 รวม 185\",\"userId\":\"U1\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
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
        assertThat(redis.keys("*")).isEmpty();
    }

    @Test
    void writtenDateComesBackAsIsoDate() throws Exception {
        JsonNode body = json.readTree(parse(ADMIN_TOKEN, "{\"text\":\"อบต.ไร่สะท้อน ณ 30/06/2023 รวม 190\"}").body());

        assertThat(body.path("reports").get(0).path("date").asText()).isEqualTo("2023-06-30");
    }

    @Test
    void sentAtResolvesADateWithoutAYearAsTheGroupWould() throws Exception {
        JsonNode body = json.readTree(parse(ADMIN_TOKEN,
                "{\"text\":\"อบต.ไร่โคก 231 ราย ณ 9 มิ.ย.\",\"sentAt\":\"2023-06-08T03:00:00Z\"}").body());

        assertThat(body.path("reports").get(0).path("date").asText()).isEqualTo("2023-06-09");
        assertThat(body.path("reports").get(0).path("needsConfirmation").asBoolean()).isFalse();
    }

    @Test
    void unsureReadingSaysTheBotWouldAsk() throws Exception {
        JsonNode body = json.readTree(parse(ADMIN_TOKEN, "{\"text\":\"อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61\","
                + "\"sentAt\":\"2023-06-02T03:00:00Z\"}").body());

        assertThat(body.path("outcome").asText()).isEqualTo("REPORT");
        assertThat(body.path("reports").get(0).path("needsConfirmation").asBoolean()).isTrue();
        assertThat(body.path("reply").asText()).startsWith("🔎 รบกวนตรวจสอบยอดก่อนบันทึกครับ");
        assertThat(redis.keys("*")).isEmpty();
    }

    @Test
    void aNumberTooLongToBeACountIsNoCountAndNoError() throws Exception {
        HttpResponse<String> response = parse(ADMIN_TOKEN,
                "{\"text\":\"อบต.ท่าช้าง รวม 1,234,567,890,123,456,789,012 ราย\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("outcome").asText()).isEqualTo("IGNORE");
    }

    @Test
    void sentAtThatIsNoInstantIsABadRequestThatSaysSo() throws Exception {
        HttpResponse<String> response = parse(ADMIN_TOKEN, "{\"text\":\"รวม 5\",\"sentAt\":\"Friday\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("sentAt");
    }

    @Test
    void unknownOrganisationIsAnAskWithTheReason() throws Exception {
        JsonNode body = json.readTree(parse(ADMIN_TOKEN, "{\"text\":\"อบต.บางกระเจ้า 55 ราย\",\"userId\":\"U1\"}").body());

        assertThat(body.path("outcome").asText()).isEqualTo("ASK");
        assertThat(body.path("reason").asText()).isEqualTo("UNKNOWN_ORGANISATION");
        assertThat(body.path("reports")).isEmpty();
    }

    @Test
    void chatterIsIgnored() throws Exception {
        JsonNode body = json.readTree(parse(ADMIN_TOKEN, "{\"text\":\"รับทราบครับ\",\"userId\":\"U1\"}").body());

        assertThat(body.path("outcome").asText()).isEqualTo("IGNORE");
    }

    @Test
    void withoutTheTokenIs401() throws Exception {
        assertThat(parse(null, "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongTokenIs401() throws Exception {
        assertThat(parse(ADMIN_TOKEN + "x", "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
        assertThat(parse(ADMIN_TOKEN.substring(0, ADMIN_TOKEN.length() - 1) + "X", "{\"text\":\"x\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void bodyWithoutTextIs400() throws Exception {
        assertThat(parse(ADMIN_TOKEN, "{\"userId\":\"U1\"}").statusCode()).isEqualTo(400);
        assertThat(parse(ADMIN_TOKEN, "not json").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> parse(String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/parse"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
