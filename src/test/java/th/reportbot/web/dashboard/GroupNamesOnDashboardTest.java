package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;

/** Officers pick a group by the name its members gave it in LINE; its raw id shows only when LINE does not say. */
class GroupNamesOnDashboardTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void groupPickerShowsTheGroupsNameFromLine() throws Exception {
        FakeLine.nameGroup("Cnamed", "ทต.บ้านลาด ThaiD");
        new GroupChat("Cnamed", webhooks, port).say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        String picker = asOfficer("/dashboard");

        assertThat(picker).contains(">ทต.บ้านลาด ThaiD · อำเภอบ้านลาด</a>").doesNotContain(">Cnamed");
        assertThat(asOfficer("/dashboard/g/Cnamed/2023-06-02"))
                .contains("<title>สรุปยอด ThaiD อำเภอบ้านลาด ประจำวันศุกร์ที่ 2 มิ.ย. 2566 · ทต.บ้านลาด ThaiD</title>")
                .contains("กลุ่ม LINE: ทต.บ้านลาด ThaiD");
    }

    @Test
    void groupPickerFallsBackToTheIdWhenLineFails() throws Exception {
        FakeLine.groupSummaryFails("Cunnamed", 500);
        new GroupChat("Cunnamed", webhooks, port).say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        String picker = asOfficer("/dashboard");

        assertThat(picker).contains(">Cunnamed · อำเภอบ้านลาด</a>");
        assertThat(asOfficer("/dashboard/g/Cunnamed/2023-06-02")).contains("กลุ่ม LINE: Cunnamed")
                .contains("อบต.ไร่โคก");
    }

    private String asOfficer(String path) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base() + "/dashboard/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(ADMIN_TOKEN, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
