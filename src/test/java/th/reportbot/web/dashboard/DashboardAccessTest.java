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

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;

/** Who may see the officers' page: the admin token, or a group's signed link while it is fresh and unaltered. */
class DashboardAccessTest extends BotTestBase {
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
        ObjectNode export = chat.say("Ua", "ส่งออก", FRIDAY.plusMinutes(1));

        String reply = chat.replyTo(export).get(0);
        assertThat(reply).startsWith("📊 หน้าสรุปยอด ThaiD ประจำศุกร์ 2 มิ.ย. 2566").contains("ลิงก์นี้ใช้ได้ 7 วัน");
        String link = reply.lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow();
        assertThat(link).startsWith("http://localhost:8080/dashboard/g/Cdash/2023-06-02?exp=");

        HttpResponse<String> page = get(link.replace("http://localhost:8080", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("สรุปยอดลงทะเบียน ThaiD อำเภอบ้านลาด").contains("อบต.ไร่โคก").contains("210")
                .contains("1/15").contains("<title>สรุปยอด ThaiD อำเภอบ้านลาด ศุกร์ 2 มิ.ย. 2566</title>")
                .contains("href=\"/dashboard/dashboard.css\"");
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

    private String linkSignedAt(Instant when) {
        LinkSigner signer = new LinkSigner(ADMIN_TOKEN, Clock.fixed(when, ZoneOffset.UTC));
        LinkSigner.Signed s = signer.sign(DashboardAccess.groupScope("Cdash"), SignedPageLinks.VALID_FOR);
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
