package th.reportbot.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.micrometer.core.instrument.MeterRegistry;
import th.reportbot.support.FakeLine;
import th.reportbot.support.ThaYangFridayTestBase;

/**
 * LINE reports little quota left: the district's officer is told once, in Thai, before a push is skipped. June 2023
 * has five Fridays (2, 9, 16, 23, 30), so on the morning of the 2nd the group has 15 scheduled pushes left; the group
 * has 20 members (FakeLine), so they need 300 messages.
 */
@TestPropertySource(properties = "reportbot.roster-files=src/test/resources/rosters/tha-yang.yaml")
class QuotaWarningTest extends ThaYangFridayTestBase {
    private static final String OFFICER = "Uofficer-tha-yang";

    @Autowired
    MeterRegistry metrics;


    private static void lineReportsUsage(long used, long limit) {
        FakeLine.server().stubFor(get(urlPathEqualTo("/v2/bot/message/quota")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"limited\",\"value\":" + limit + "}")));
        FakeLine.server().stubFor(get(urlPathEqualTo("/v2/bot/message/quota/consumption")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"totalUsage\":" + used + "}")));
    }

    private static List<LoggedRequest> to(String to, List<LoggedRequest> pushes) {
        return pushes.stream().filter(p -> FakeLine.json(p).path("to").asText().equals(to)).toList();
    }

    private static String text(LoggedRequest push) {
        return FakeLine.json(push).path("messages").get(0).path("text").asText();
    }

    @Test
    void officerIsWarnedOnceWhileThePushesStillFitAndNotAgainWhenTheyAreSkipped() {
        lineReportsUsage(900, 1000); // 100 left, 300 needed

        List<LoggedRequest> morning = tickAt(FRIDAY.withHour(9));

        assertThat(to(OFFICER, morning)).singleElement().satisfies(p -> assertThat(text(p))
                .startsWith("⚠️ แจ้งเจ้าหน้าที่อำเภอ: โควตาข้อความ LINE ของบอทเดือนมิถุนายน 2566 เหลือ 100 ข้อความ")
                .contains("กลุ่มอำเภอท่ายาง").contains("ต้องใช้ราว 300 ข้อความ (15 ครั้ง × สมาชิก 20 คน)")
                .contains("schedule → push").contains("แพ็กเกจ LINE Official Account"));
        assertThat(to(chat.groupId(), morning)).as("the reminder still fits: it goes out").hasSize(1);

        lineReportsUsage(990, 1000); // 10 left: neither the 14:00 reminder nor the table fits
        double skipped = counter("MISSING_REMINDER", "skipped-quota") + counter("FRIDAY_TABLE", "skipped-quota");
        tickAt(FRIDAY.withHour(14));
        List<LoggedRequest> evening = tickAt(FRIDAY.withHour(16).withMinute(30));

        assertThat(counter("MISSING_REMINDER", "skipped-quota") + counter("FRIDAY_TABLE", "skipped-quota") - skipped)
                .as("both later pushes skipped").isEqualTo(2);
        assertThat(to(OFFICER, evening)).as("warned once a month, not at every skip").hasSize(1);
        assertThat(to(chat.groupId(), evening)).hasSize(1);
        assertThat(tickAt(LocalDateTime.of(2023, 6, 9, 9, 0))).as("nor the next Friday").hasSize(2);
    }

    @Test
    void whenThePushIsSkippedAtOnceTheWarningComesFirst() {
        lineReportsUsage(970, 1000); // 30 left: not enough for a reminder and the table (40)

        List<LoggedRequest> morning = tickAt(FRIDAY.withHour(9));

        assertThat(morning).singleElement().satisfies(p -> {
            assertThat(FakeLine.json(p).path("to").asText()).isEqualTo(OFFICER);
            assertThat(text(p)).contains("เหลือ 30 ข้อความ").contains("300 ข้อความ");
        });
        assertThat(counter("MORNING_REMINDER", "skipped-quota")).isPositive();
    }

    @Test
    void aQuotaThatCoversTheMonthWarnsNobody() {
        lineReportsUsage(0, 1000); // 1,000 left, 300 needed

        assertThat(tickAt(FRIDAY.withHour(9))).singleElement()
                .satisfies(p -> assertThat(FakeLine.json(p).path("to").asText()).isEqualTo(chat.groupId()));
    }

    @Test
    void aNewMonthWarnsAgain() {
        lineReportsUsage(990, 1000);
        assertThat(to(OFFICER, tickAt(FRIDAY.withHour(9)))).hasSize(1);

        // Friday 7 July: 4 Fridays in July, 12 pushes, 240 messages
        assertThat(to(OFFICER, tickAt(LocalDateTime.of(2023, 7, 7, 9, 0)))).hasSize(2)
                .last().satisfies(p -> assertThat(text(p)).contains("เดือนกรกฎาคม 2566").contains("(12 ครั้ง"));
    }

    private double counter(String job, String outcome) {
        var c = metrics.find("reportbot.pushes").tag("job", job).tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }
}
