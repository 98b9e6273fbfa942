package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;
import th.reportbot.support.MovableClock;
import th.reportbot.support.MovableClockConfig;

/** Officers see on the dashboard the reports held for their senders' confirmation, until they lapse. */
@Import(MovableClockConfig.class)
class PendingOnDashboardTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private MovableClock clock;

    @Test
    void heldReportIsListedAsPendingAndNotInTheTableUntilItLapses() throws Exception {
        GroupChat chat = new GroupChat("Cpending", webhooks, port);
        clock.setBangkok(FRIDAY.plusMinutes(5));
        chat.replyTo(chat.say("Ua", "อบต.ท่าช้าง ThaiD ประชุมเสร็จแล้วได้ 61", FRIDAY));
        String cookie = officerCookie();

        String page = page(cookie);

        assertThat(page).contains("รอผู้ส่งยืนยัน").contains("อบต.ท่าช้าง: ยอดรวม 61 ราย (ส่งเมื่อ 10.00 น.)");
        assertThat(page).contains("0/15");

        clock.setBangkok(FRIDAY.withHour(17));
        assertThat(page(cookie)).doesNotContain("อบต.ท่าช้าง: รวม 61 ราย");
    }

    private String officerCookie() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base() + "/dashboard/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + ADMIN_TOKEN)).build(),
                HttpResponse.BodyHandlers.ofString());
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private String page(String cookie) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/dashboard/g/Cpending/2023-06-02"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
