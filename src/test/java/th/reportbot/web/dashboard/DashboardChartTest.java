package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import th.reportbot.support.OfficerRosterTestBase;
import th.reportbot.support.GroupChat;

/** The district-total chart of the officers' page. */
class DashboardChartTest extends OfficerRosterTestBase {
    private static final LocalDateTime BASELINE_FRIDAY = LocalDateTime.of(2023, 5, 26, 10, 0);
    private static final LocalDateTime FIRST_FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);

    @Test
    void theLineIsEachWeeksDistrictRowWithALateOrganisationAtItsLatestTotal() throws Exception {
        GroupChat chat = new GroupChat("Cchart", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก รวม 200", BASELINE_FRIDAY);
        chat.say("Ub", "อบต.ท่าเสน รวม 90", BASELINE_FRIDAY.plusMinutes(5));
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FIRST_FRIDAY);
        chat.say("Ub", "อบต.ท่าเสน รวม 95", FIRST_FRIDAY.plusMinutes(5));
        // No baseline known for ห้วยลึก: the district row leaves it out, and so does the line.
        chat.say("Uc", "อบต.ห้วยลึก รวม 50", FIRST_FRIDAY.plusMinutes(10));
        chat.say("Ua", "อบต.ไร่โคก รวม 230", FIRST_FRIDAY.plusWeeks(1));
        String reply = chat.replyTo(chat.say(OFFICER, "ส่งออก", FIRST_FRIDAY.plusWeeks(1).plusMinutes(1))).get(0);
        String link = reply.lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow()
                .replace("http://localhost:8080", "http://127.0.0.1:" + port);

        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).contains("<title>26 พ.ค. 2566: 290 (นับ 2/15 แห่ง)</title>")
                .contains("<title>2 มิ.ย. 2566: 305 (นับ 2/15 แห่ง)</title>")
                .doesNotContain("2 มิ.ย. 2566: 355");
        // 9 June: ไร่โคก 230 and ท่าเสน's 95 of the week before, as the district row counts them; not 230 alone.
        assertThat(page).contains("<title>9 มิ.ย. 2566: 325 (นับ 2/15 แห่ง ในจำนวนนี้ 1 แห่งยังไม่ส่ง ใช้ยอดล่าสุดที่เคยส่ง)</title>")
                .contains("id=\"total\">325<");
    }

    @Test
    void anOrganisationThatNeverReportedSaysSoRatherThanADash() throws Exception {
        GroupChat chat = new GroupChat("Cnever", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FIRST_FRIDAY);
        String reply = chat.replyTo(chat.say(OFFICER, "ส่งออก", FIRST_FRIDAY.plusMinutes(1))).get(0);
        String link = reply.lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow()
                .replace("http://localhost:8080", "http://127.0.0.1:" + port);

        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        String row = page.substring(page.indexOf("data-org=\"อบต.บ้านหาด\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("ยังไม่ทราบ").doesNotContain(">-<");
        // ไร่โคก has no baseline yet: no organisation is in the district row, and the chart draws no point.
        assertThat(page).contains("id=\"total\">0<").doesNotContain("<circle");
    }
}
