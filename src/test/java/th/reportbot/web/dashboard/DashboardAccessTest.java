package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.FakeLine;
import th.reportbot.support.OfficerRosterTestBase;
import th.reportbot.support.GroupChat;

/** Who may see the officers' page: the admin token, or a group's signed link while it is fresh and unaltered. */
class DashboardAccessTest extends OfficerRosterTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private GroupChat chat;

    @BeforeEach
    void aGroupWithAReport() {
        chat = new GroupChat("Cdash", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
    }

    @Test
    void exportCommandRepliesWithASignedLinkThatOpensThisWeeksPage() throws Exception {
        ObjectNode export = chat.say(OFFICER, "ส่งออก", FRIDAY.plusMinutes(1));

        String reply = chat.replyTo(export).get(0);
        assertThat(reply).startsWith("📊 หน้าสรุปยอด ThaiD ประจำวันศุกร์ที่ 2 มิ.ย. 2566").contains("ลิงก์นี้ใช้ได้ 7 วัน");
        String link = reply.lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow();
        assertThat(link).startsWith("http://localhost:8080/dashboard/g/Cdash/2023-06-02?exp=");

        HttpResponse<String> page = get(link.replace("http://localhost:8080", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("สรุปยอดลงทะเบียน ThaiD อำเภอบ้านลาด").contains("อบต.ไร่โคก").contains("210")
                .contains("1/15").contains("<title>สรุปยอด ThaiD อำเภอบ้านลาด ประจำวันศุกร์ที่ 2 มิ.ย. 2566 · " + FakeLine.GROUP_NAME + "</title>")
                .contains("href=\"/dashboard/dashboard.css\"");
        assertThat(page.body()).as("the link opens this week only: no way to other weeks that would end at the login")
                .doesNotContain("id=\"previous\"").doesNotContain("id=\"week\"")
                .contains("ลิงก์จากกลุ่ม LINE เปิดได้เฉพาะสัปดาห์นี้").contains("href=\"/dashboard/login\"");
    }

    @Test
    void exportAnswersAMemberWhoIsNoOfficerWithoutALink() {
        ObjectNode export = chat.say("Ua", "ส่งออก", FRIDAY.plusMinutes(1));

        assertThat(chat.replyTo(export)).singleElement().asString()
                .isEqualTo("เฉพาะเจ้าหน้าที่ของอำเภอบ้านลาดที่มีชื่อในระบบเท่านั้นที่ขอลิงก์หน้าสรุปยอดได้ครับ");
    }

    @Test
    void alteredLinkIsRefusedInThai() throws Exception {
        String link = linkSignedAt(Instant.now()).replace("Cdash", "Cother");

        HttpResponse<String> page = get(link);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("ลิงก์นี้ไม่ถูกต้อง").doesNotContain("ไร่โคก");
    }

    @Test
    void expiredLinkIsRefusedInThai() throws Exception {
        String link = linkSignedAt(Instant.now().minus(Duration.ofDays(8)));

        HttpResponse<String> page = get(link);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("ลิงก์นี้หมดอายุแล้ว").doesNotContain("ไร่โคก");
    }

    @Test
    void wrongTokenIsRefusedAndRightTokenLetsTheOfficerIn() throws Exception {
        HttpResponse<String> wrong = login(ADMIN_TOKEN + "x");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("รหัสไม่ถูกต้อง");

        HttpResponse<String> right = login(ADMIN_TOKEN);
        assertThat(right.statusCode()).isEqualTo(302);
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(right.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly");

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/dashboard/g/Cdash/2023-06-02"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("อบต.ไร่โคก");
    }

    @Test
    void withoutAnyCredentialThePageLeadsToTheLogin() throws Exception {
        HttpResponse<String> page = get("/dashboard/g/Cdash/2023-06-02");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
        assertThat(get("/dashboard").body()).contains("รหัสผู้ดูแล").contains("<title>เข้าสู่หน้าสรุปยอด ThaiD</title>");
    }

    @Test
    void rootLeadsToTheDashboardInProduction() throws Exception {
        assertThat(get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
    }

    @Test
    void exportLinkOpensOnlyTheWeekItWasMadeFor() throws Exception {
        chat.say("Ua", "อบต.ไร่โคก รวม 200", FRIDAY.minusWeeks(1));
        String reply = chat.replyTo(chat.say(OFFICER, "ส่งออก", FRIDAY.plusMinutes(1))).get(0);
        String link = reply.lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow().replace("http://localhost:8080", "");

        HttpResponse<String> ownWeek = get(link);
        HttpResponse<String> ownDownload = get(link.replace("2023-06-02", "2023-06-02.csv"));
        HttpResponse<String> weekBefore = get(link.replace("2023-06-02", "2023-05-26"));
        HttpResponse<String> downloadBefore = get(link.replace("2023-06-02", "2023-05-26.xlsx"));

        assertThat(ownWeek.statusCode()).isEqualTo(200);
        assertThat(ownDownload.statusCode()).isEqualTo(200);
        assertThat(weekBefore.statusCode()).isEqualTo(403);
        assertThat(weekBefore.body()).contains("ลิงก์นี้ไม่ถูกต้อง").doesNotContain("200");
        assertThat(downloadBefore.statusCode()).isEqualTo(403);
        assertThat(ownWeek.body()).as("other weeks are not offered: the page says they need the login")
                .doesNotContain("/dashboard/g/Cdash/2023-05-26").contains("href=\"/dashboard/login\"");
    }

    @Test
    void aDateNearTheEndOfTimeIsABadRequestNotAServerError() throws Exception {
        String cookie = login(ADMIN_TOKEN).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String lastFriday = java.time.LocalDate.MAX.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.FRIDAY)).toString();

        for (String date : java.util.List.of(lastFriday, "+999999999-12-31", "9999-12-31", "-999999999-01-01", "0001-01-05")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/dashboard/g/Cdash/" + date))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/groups/Cdash/reports/" + date))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).as(date).isEqualTo(400);
            assertThat(page.body()).as(date).contains("วันที่ไม่ถูกต้อง");
            assertThat(api.statusCode()).as(date).isEqualTo(400);
            assertThat(api.body()).as(date).contains("between 2000-01-01 and 2999-12-31");
        }
    }

    private String linkSignedAt(Instant when) {
        LinkSigner signer = new LinkSigner(ADMIN_TOKEN, Clock.fixed(when, ZoneOffset.UTC));
        LinkSigner.Signed s = signer.sign(DashboardAccess.weekScope("Cdash", java.time.LocalDate.of(2023, 6, 2)),
                SignedPageLinks.VALID_FOR);
        return "/dashboard/g/Cdash/2023-06-02?exp=" + s.expires() + "&sig=" + s.signature();
    }

    private HttpResponse<String> login(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/dashboard/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + java.net.URLEncoder.encode(token, "UTF-8"))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
