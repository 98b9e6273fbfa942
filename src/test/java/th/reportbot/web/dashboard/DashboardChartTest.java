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
    private static final LocalDateTime FIRST_FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);

    @Test
    void anOrganisationThatMissedAWeekCountsWithItsLatestTotalAndTheWeekSaysSo() throws Exception {
        GroupChat chat = new GroupChat("Cchart", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FIRST_FRIDAY);
        chat.say("Ub", "อบต.ท่าเสน รวม 95", FIRST_FRIDAY.plusMinutes(5));
        chat.say("Ua", "อบต.ไร่โคก รวม 230", FIRST_FRIDAY.plusWeeks(1));
        String reply = chat.replyTo(chat.say(OFFICER, "ส่งออก", FIRST_FRIDAY.plusWeeks(1).plusMinutes(1))).get(0);
        String link = reply.lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow()
                .replace("http://localhost:8080", "http://127.0.0.1:" + port);

        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        // 9 June: ไร่โคก 230 and ท่าเสน's 95 of the week before; not 230 alone.
        assertThat(page).contains("<title>2 มิ.ย. 2566: 305 (ส่ง 2/15 แห่ง ที่เหลือนับยอดล่าสุดที่ส่ง)</title>")
                .contains("<title>9 มิ.ย. 2566: 325 (ส่ง 1/15 แห่ง ที่เหลือนับยอดล่าสุดที่ส่ง)</title>")
                .doesNotContain("9 มิ.ย. 2566: 230");
    }
}
