package th.reportbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;

class ReportApiTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void aGroupWithReports() {
        GroupChat chat = new GroupChat("Capi", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก ยอดเดิม 200 เพิ่ม 10 รวม 210", FRIDAY);
        chat.say("Ub", "ทต.บ้านลาด 1,250", FRIDAY.plusMinutes(1));
    }

    @Test
    void csvHasAByteOrderMarkThaiHeadersAndTheRows() throws Exception {
        String[] lines = csvLines("/api/groups/Capi/reports/2023-06-02.csv");

        // The baseline date as the form writes it; statuses in the page's Thai words; the totals row labelled.
        assertThat(lines[0]).startsWith("ที่,หน่วยงาน,จำนวนผู้ลงทะเบียน ณ วันศุกร์ที่ 26 พฤษภาคม 2566,จำนวนผู้ลงทะเบียนเพิ่มขึ้น,รวมจำนวนผู้ลงทะเบียนปัจจุบัน");
        assertThat(lines[0]).endsWith(",สถานะ,ข้อสังเกต,วันเวลาที่รายงาน (ค.ศ. เวลาประเทศไทย)");
        assertThat(lines[1]).startsWith("1,ทต.บ้านลาด,,,1250,,ส่งแล้ว,");
        assertThat(lines[10]).startsWith("10,อบต.ไร่โคก,200,10,210,,ส่งแล้ว,");
        assertThat(lines[3]).isEqualTo("3,อบต.บ้านทาน,,,,,ยังไม่ส่ง,,");
        // ทต.บ้านลาด has no baseline, so the totals row counts อบต.ไร่โคก alone, and says so: it adds up across.
        assertThat(lines[16]).as("the totals row").isEqualTo("รวม,อำเภอบ้านลาด,200,10,210,,ส่งแล้ว 2/15 แห่ง,"
                + "แถวรวมนับเฉพาะหน่วยงานที่ทราบทั้งยอดเดิมและยอดรวม (1 จาก 15 แห่ง),");
    }

    @Test
    void csvTellsTheReportTimeInBangkok() throws Exception {
        // The event was sent at 10:00 Bangkok time (03:00 UTC).
        assertThat(csvLines("/api/groups/Capi/reports/2023-06-02.csv")[10]).endsWith(",2023-06-02 10:00:00");
    }

    @Test
    void csvWarningsAreTheDashboardsThaiWords() throws Exception {
        GroupChat chat = new GroupChat("Capi", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก รวม 205", FRIDAY.plusWeeks(1));

        String line = csvLines("/api/groups/Capi/reports/2023-06-09.csv")[10];

        assertThat(line).startsWith("10,อบต.ไร่โคก,200,5,205,-5,ส่งแล้ว มีข้อสังเกต,ยอดรวมลดลง,")
                .doesNotContain("TOTAL_DROPPED").doesNotContain("WARNING");
        assertThat(new ObjectMapper().readTree(get("/api/groups/Capi/reports/2023-06-09", ADMIN_TOKEN).body())
                .path("rows").get(9).path("warnings").toString()).as("the JSON keeps its codes for tools")
                .contains("TOTAL_DROPPED");
    }

    @Test
    void aLateOrganisationStandsAtItsEarlierTotalInCsvAndJson() throws Exception {
        // Nobody has reported on 9 June: อบต.ไร่โคก is shown at its 2 June report and counted, in both forms.
        String[] lines = csvLines("/api/groups/Capi/reports/2023-06-09.csv");

        assertThat(lines[10]).isEqualTo("10,อบต.ไร่โคก,200,10,210,,ยังไม่ส่ง ใช้ยอด ณ วันศุกร์ที่ 2 มิ.ย. 2566,,"
                + "2023-06-02 10:00:00");
        assertThat(lines[16]).isEqualTo("รวม,อำเภอบ้านลาด,200,10,210,,ส่งแล้ว 0/15 แห่ง,"
                + "แถวรวมนับเฉพาะหน่วยงานที่ทราบทั้งยอดเดิมและยอดรวม (1 จาก 15 แห่ง); "
                + "ในจำนวนนี้ 1 แห่งยังไม่ส่งสัปดาห์นี้ จึงใช้ยอดล่าสุดที่เคยส่ง,");
        JsonNode json = new ObjectMapper().readTree(get("/api/groups/Capi/reports/2023-06-09", ADMIN_TOKEN).body());
        JsonNode row = json.path("rows").get(9);
        assertThat(row.path("status").asText()).isEqualTo("MISSING");
        assertThat(row.path("carriedFrom").asText()).isEqualTo("2023-06-02");
        assertThat(row.path("total").asLong()).isEqualTo(210);
        assertThat(json.path("totals").path("carried").asInt()).isEqualTo(1);
        assertThat(json.path("totals").path("total").asLong()).isEqualTo(210);
        assertThat(json.path("rows").get(2).path("carriedFrom").isNull()).as("never reported: nothing to carry").isTrue();
    }

    private String[] csvLines(String path) throws Exception {
        HttpResponse<byte[]> csv = get(path, ADMIN_TOKEN);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        byte[] body = csv.body();
        assertThat(new byte[]{body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
    }

    @Test
    void jsonTotalsAddUpOverTheOrganisationsTheyCount() throws Exception {
        JsonNode totals = new ObjectMapper().readTree(get("/api/groups/Capi/reports/2023-06-02", ADMIN_TOKEN).body())
                .path("totals");

        assertThat(totals.path("covered").asInt()).isEqualTo(1);
        assertThat(new long[]{totals.path("baseline").asLong(), totals.path("increase").asLong(),
                totals.path("total").asLong()}).containsExactly(200, 10, 210);
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertThat(th.reportbot.web.api.TableCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(th.reportbot.web.api.TableCsv.cell("+1")).isEqualTo("'+1");
        assertThat(th.reportbot.web.api.TableCsv.cell("-1")).isEqualTo("'-1");
        assertThat(th.reportbot.web.api.TableCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(th.reportbot.web.api.TableCsv.cell("อบต.ไร่โคก")).isEqualTo("อบต.ไร่โคก");
    }

    @Test
    void unknownGroupIs404WithAJsonError() throws Exception {
        HttpResponse<byte[]> response = get("/api/groups/Cnobody/reports/2023-06-02", ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new ObjectMapper().readTree(response.body()).path("error").asText()).contains("Cnobody");
    }

    @Test
    void malformedDateIs400WithAJsonError() throws Exception {
        HttpResponse<byte[]> response = get("/api/groups/Capi/reports/2-6-2023", ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(response.body()).path("error").asText()).contains("yyyy-mm-dd");
    }

    @Test
    void dateThatIsNotAFridayNamesItsWeek() throws Exception {
        HttpResponse<byte[]> response = get("/api/groups/Capi/reports/2023-05-31", ADMIN_TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("2023-06-02");
    }

    @Test
    void withoutTheTokenIs401() throws Exception {
        assertThat(get("/api/groups/Capi/reports/2023-06-02", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/groups/Capi/reports/2023-06-02.csv", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void parseDryRunReturnsTheReplyAgainstTheGroupsHistoryAndStoresNothing() throws Exception {
        String body = "{\"text\":\"อบต.ไร่โคก รวม 230\",\"userId\":\"Ua\",\"groupId\":\"Capi\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/parse"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        String reply = new ObjectMapper().readTree(response.body()).path("reply").asText();
        // The dry run is for today's week: last reported total 210 and the stated baseline 200 come from history.
        assertThat(reply).contains("✅ รับรายงาน อบต.ไร่โคก").contains("ยอดเดิม ณ 26 พ.ค. 2566: 200 | เพิ่มขึ้น: 30 | ยอดรวม: 230 ราย")
                .contains("เปลี่ยนจากครั้งก่อน: +20");
        assertThat(new ObjectMapper().readTree(get("/api/groups/Capi/reports/2023-06-02", ADMIN_TOKEN).body())
                .path("rows").get(9).path("total").asLong()).as("nothing stored").isEqualTo(210);
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
