package th.reportbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.support.FakeLine;
import th.reportbot.support.ThaYangFridayTestBase;

/** A district whose roster switches the morning reminder's and the table's pushes off: only 14:00 is pushed. */
@TestPropertySource(properties = "reportbot.roster-files=src/test/resources/rosters/tha-yang-afternoon-only.yaml")
class PushSwitchesTest extends ThaYangFridayTestBase {



    @Test
    void switchedOffPushesSendNothingAndTheOneLeftOnStillGoesOut() {
        assertThat(tickAt(FRIDAY.withHour(9))).as("morning reminder switched off").isEmpty();
        assertThat(tickAt(FRIDAY.withHour(11))).isEmpty();

        assertThat(tickAt(FRIDAY.withHour(14))).singleElement().satisfies(p -> {
            assertThat(FakeLine.json(p).path("to").asText()).isEqualTo(chat.groupId());
            assertThat(FakeLine.json(p).path("messages").get(0).path("text").asText())
                    .startsWith("⏰ ยังไม่ส่งยอด ThaiD").contains("อบต.หนองจอก").doesNotContain("ทต.ท่ายาง");
        });

        assertThat(tickAt(FRIDAY.withHour(16).withMinute(30))).as("table push switched off").hasSize(1);
        assertThat(tickAt(FRIDAY.withHour(23))).hasSize(1);
    }

    @Test
    void withTheTablePushOffSummaryStillAnswersWithTheTable() {
        var summary = chat.say("Utt", "สรุป", FRIDAY.withHour(17));

        assertThat(chat.replyTo(summary)).singleElement().asString().contains("ส่งแล้ว 1/3");
        assertThat(tickAt(FRIDAY.withHour(17).withMinute(1))).isEmpty();
    }

    @Test
    void healthSaysWhichPushesAreOff() throws Exception {
        clock.setBangkok(FRIDAY.withHour(10));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode next = new ObjectMapper().readTree(response.body())
                .path("components").path("schedule").path("details").path("nextRuns").path("tha-yang");
        assertThat(next.path("MORNING_REMINDER").asText()).isEqualTo("off");
        assertThat(next.path("FRIDAY_TABLE").asText()).isEqualTo("off");
        assertThat(next.path("MISSING_REMINDER").asText()).isEqualTo("2023-06-02T14:00+07:00");
    }
}
