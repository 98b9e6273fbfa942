package th.reportbot.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.micrometer.core.instrument.MeterRegistry;
import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;
import th.reportbot.support.MovableClock;
import th.reportbot.support.MovableClockConfig;
import th.reportbot.support.PushHold;

/** The schedule walked with a clock the test moves; every push is read back from WireMock. */
@Import(MovableClockConfig.class)
class ScheduleTest extends BotTestBase {
    private static final LocalDateTime THURSDAY = LocalDateTime.of(2023, 6, 1, 10, 0);
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 0, 0);

    @Autowired
    MovableClock clock;
    @Autowired
    JobRunner runner;
    @Autowired
    MeterRegistry metrics;

    private GroupChat chat;

    @BeforeEach
    void aGroupWithTwoReportsAndABoundMember() {
        chat = new GroupChat("Cschedule-" + UUID.randomUUID().toString().substring(0, 6), webhooks, port);
        chat.say("Urai-khok", "ผูก อบต.ไร่โคก", THURSDAY);
        chat.say("Utt", "ทต.บ้านลาด รวม 1,250", FRIDAY.withHour(8));
        chat.say("Uban-hat", "อบต.บ้านหาด รวม 98", FRIDAY.withHour(8).plusMinutes(5));
        FakeLine.reset();
    }

    private List<LoggedRequest> tickAt(LocalDateTime bangkok) {
        clock.setBangkok(bangkok);
        runner.tick().join(); // every push it started has ended, retries and all
        return FakeLine.pushes();
    }

    private static JsonNode message(LoggedRequest push, int i) {
        return FakeLine.json(push).path("messages").get(i);
    }

    @Test
    void aFridayFromMorningToTable() {
        assertThat(tickAt(FRIDAY.withHour(8).withMinute(59))).as("nothing before 09:00").isEmpty();

        List<LoggedRequest> morning = tickAt(FRIDAY.withHour(9));
        assertThat(morning).singleElement().satisfies(p -> {
            assertThat(FakeLine.json(p).path("to").asText()).isEqualTo(chat.groupId());
            assertThat(message(p, 0).path("text").asText())
                    .startsWith("☀️ วันนี้วันศุกร์ที่ 2 มิ.ย. 2566 กรุณาส่งยอดผู้ลงทะเบียน ThaiD ภายใน 16.30 น. ครับ");
            assertThat(UUID.fromString(p.getHeader("X-Line-Retry-Key"))).isNotNull();
        });
        assertThat(tickAt(FRIDAY.withHour(9).withMinute(1))).as("once").hasSize(1);
        assertThat(tickAt(FRIDAY.withHour(13).withMinute(59))).hasSize(1);

        List<LoggedRequest> afternoon = tickAt(FRIDAY.withHour(14));
        assertThat(afternoon).hasSize(2);
        JsonNode reminder = message(afternoon.get(1), 0);
        assertThat(reminder.path("type").asText()).isEqualTo("textV2");
        assertThat(reminder.path("text").asText())
                .startsWith("⏰ ยังไม่ส่งยอด ThaiD ประจำวันศุกร์ที่ 2 มิ.ย. 2566 กรุณาส่งภายใน 16.30 น. ครับ")
                .contains("• อบต.ไร่โคก {m0}\n").contains("• อบต.ห้วยลึก")
                .doesNotContain("ทต.บ้านลาด").doesNotContain("อบต.บ้านหาด");
        assertThat(reminder.path("substitution").path("m0").path("type").asText()).isEqualTo("mention");
        assertThat(reminder.path("substitution").path("m0").path("mentionee").path("userId").asText()).isEqualTo("Urai-khok");
        assertThat(afternoon.get(1).getHeader("X-Line-Retry-Key")).isNotEqualTo(afternoon.get(0).getHeader("X-Line-Retry-Key"));

        List<LoggedRequest> evening = tickAt(FRIDAY.withHour(16).withMinute(30));
        assertThat(evening).hasSize(3);
        assertThat(message(evening.get(2), 0).path("type").asText()).isEqualTo("flex");
        assertThat(message(evening.get(2), 0).path("altText").asText()).contains("ส่งแล้ว 2/15");
        assertThat(message(evening.get(2), 1).path("text").asText()).startsWith("ยังไม่ส่ง 13 แห่ง: อบต.บ้านทาน");

        assertThat(tickAt(FRIDAY.withHour(20))).as("the table is not pushed again").hasSize(3);
    }

    @Test
    void whenEveryoneReportedTheTableRidesOnTheLastReplyAndNoPushIsPaidFor() {
        String[] others = {"อบต.บ้านทาน 60", "อบต.ตำหรุ 45", "อบต.สมอพลือ 130", "อบต.ไร่มะขาม 64", "อบต.ท่าเสน 87",
                "อบต.หนองกระเจ็ด 280", "อบต.หนองกะปุ 120", "อบต.ไร่โคก 200", "อบต.โรงเข้ 200", "อบต.ไร่สะท้อน 150",
                "อบต.ท่าช้าง 40", "อบต.ถ้ำรงค์ 30", "อบต.ห้วยลึก 10"};
        for (int i = 0; i < others.length; i++) {
            chat.say("Uo" + i, others[i], FRIDAY.withHour(8).plusMinutes(10 + i));
        }
        double savedBefore = counter("FRIDAY_TABLE", "saved");

        assertThat(tickAt(FRIDAY.withHour(9))).isEmpty();
        assertThat(tickAt(FRIDAY.withHour(14))).isEmpty();
        assertThat(tickAt(FRIDAY.withHour(16).withMinute(30))).isEmpty();
        assertThat(counter("FRIDAY_TABLE", "saved") - savedBefore).isEqualTo(1);
    }

    @Test
    void holidayFridayMovesTheJobsToThursdayAndTheReminderSaysSo() {
        LocalDateTime thursday = LocalDateTime.of(2023, 7, 27, 9, 0); // 28 July 2023 is the King's birthday
        chat.say("Utt", "ทต.บ้านลาด รวม 1,400", thursday.minusHours(1));
        FakeLine.reset();

        List<LoggedRequest> morning = tickAt(thursday);

        assertThat(morning).singleElement().satisfies(p -> assertThat(message(p, 0).path("text").asText())
                .startsWith("วันศุกร์ที่ 28 ก.ค. 2566 เป็นวันหยุดราชการ จึงเลื่อนกำหนดส่งมาเป็นวันนี้ครับ\n"
                        + "☀️ วันนี้วันพฤหัสบดีที่ 27 ก.ค. 2566 กรุณาส่งยอดผู้ลงทะเบียน ThaiD ภายใน 16.30 น. ครับ"));
        List<LoggedRequest> table = tickAt(thursday.withHour(16).withMinute(30));
        assertThat(table).as("the 14:00 reminder is past use at 16:30; the table goes out").hasSize(2);
        assertThat(message(table.get(1), 0).path("altText").asText()).contains("วันศุกร์ที่ 28 ก.ค. 2566");
        assertThat(tickAt(LocalDateTime.of(2023, 7, 28, 9, 0))).as("nothing on the holiday itself").hasSize(2);
        assertThat(tickAt(LocalDateTime.of(2023, 7, 28, 16, 30))).hasSize(2);
    }

    @Test
    void lateReportGetsItsReplyWithoutTheMissingLineAndTheTableIsNotPushedAgain() {
        tickAt(FRIDAY.withHour(16).withMinute(30));
        int pushed = FakeLine.pushes().size();

        var late = chat.say("Uhuai", "อบต.ห้วยลึก รวม 12", FRIDAY.withHour(17));

        assertThat(chat.replyTo(late)).singleElement().asString().contains("อบต.ห้วยลึก").doesNotContain("ยังไม่ส่ง");
        assertThat(tickAt(FRIDAY.withHour(18))).hasSize(pushed);
    }

    @Test
    void healthShowsTheNextRuns() throws Exception {
        clock.setBangkok(FRIDAY.withHour(10));
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        JsonNode next = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body())
                .path("components").path("schedule").path("details").path("nextRuns").path("ban-lat");
        assertThat(next.path("MISSING_REMINDER").asText()).isEqualTo("2023-06-02T14:00+07:00");
        assertThat(next.path("FRIDAY_TABLE").asText()).isEqualTo("2023-06-02T16:30+07:00");
        assertThat(next.path("MORNING_REMINDER").asText()).as("today's is past: next week's").isEqualTo("2023-06-09T09:00+07:00");
    }

    @Test
    void restartAfterTheMorningReminderWasMissedSendsItAtTen() {
        assertThat(tickAt(FRIDAY.withHour(10))).hasSize(1);
    }

    @Test
    void restartAfterTheMorningWasMissedAtThreeSendsOnlyTheAfternoonReminder() {
        List<LoggedRequest> pushes = tickAt(FRIDAY.withHour(15));

        assertThat(pushes).singleElement().satisfies(p -> assertThat(message(p, 0).path("type").asText()).isEqualTo("textV2"));
    }

    @Test
    void lineFailingThenAcceptingGetsOneMessageWithTheSameRetryKey() {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push")).inScenario("flaky")
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("{\"sentMessages\":[]}")));

        List<LoggedRequest> attempts = tickAt(FRIDAY.withHour(9));

        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).getHeader("X-Line-Retry-Key")).isEqualTo(attempts.get(0).getHeader("X-Line-Retry-Key"));
        assertThat(tickAt(FRIDAY.withHour(9).withMinute(5))).as("done: not sent again").hasSize(2);
    }

    @Test
    void pushNotAnsweredInTimeIsRetriedWithTheSameRetryKey() {
        // The first answer comes after the client's read timeout (line.bot.read-timeout, 5 s): a time-out.
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push")).inScenario("slow")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(200).withFixedDelay(7_000)
                        .withHeader("Content-Type", "application/json").withBody("{\"sentMessages\":[]}"))
                .willSetStateTo("up"));
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push")).inScenario("slow")
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("{\"sentMessages\":[]}")));
        double sentBefore = counter("MORNING_REMINDER", "sent");

        List<LoggedRequest> attempts = tickAt(FRIDAY.withHour(9));

        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).getHeader("X-Line-Retry-Key")).isEqualTo(attempts.get(0).getHeader("X-Line-Retry-Key"));
        assertThat(counter("MORNING_REMINDER", "sent") - sentBefore).isEqualTo(1);
    }

    @Test
    void pushThatLineRefusesWithA4xxIsNotRetried() {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"The request body has 1 error(s)\"}")));
        double before = counter("MORNING_REMINDER", "refused");

        assertThat(tickAt(FRIDAY.withHour(9))).as("one attempt").hasSize(1);
        assertThat(counter("MORNING_REMINDER", "refused") - before).isEqualTo(1);
        assertThat(tickAt(FRIDAY.withHour(9).withMinute(5))).as("refused is final: not tried again").hasSize(1);
    }

    @Test
    void lineDownThroughEveryRetryLeavesTheJobToALaterTickWithTheSameKey() {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push")).willReturn(aResponse().withStatus(503)));
        double before = counter("MORNING_REMINDER", "retry-later");

        List<LoggedRequest> attempts = tickAt(FRIDAY.withHour(9));

        assertThat(attempts).as("the first attempt and one after each of the two test delays").hasSize(3);
        assertThat(counter("MORNING_REMINDER", "retry-later") - before).isEqualTo(1);
        FakeLine.reset();
        List<LoggedRequest> later = tickAt(FRIDAY.withHour(9).withMinute(1));
        assertThat(later).singleElement().satisfies(p ->
                assertThat(p.getHeader("X-Line-Retry-Key")).isEqualTo(attempts.get(0).getHeader("X-Line-Retry-Key")));
        assertThat(tickAt(FRIDAY.withHour(9).withMinute(2))).as("sent: done").hasSize(1);
    }

    @Test
    void theTickDoesNotWaitForLine() {
        clock.setBangkok(FRIDAY.withHour(9));
        try (PushHold line = FakeLine.holdPushes()) {
            CompletableFuture<Void> tick = runner.tick();
            line.awaitHeld(1);

            assertThat(tick).as("the tick returned while LINE still holds its push").isNotDone();
            line.release();
            tick.join();
        }
        assertThat(FakeLine.pushes()).hasSize(1);
        assertThat(tickAt(FRIDAY.withHour(9).withMinute(1))).as("done once LINE answered").hasSize(1);
    }

    @Test
    void conflictMeansLineHadItAlreadyAndCountsAsSent() {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"The retry key is already accepted\"}")));

        assertThat(tickAt(FRIDAY.withHour(9))).hasSize(1);
        assertThat(tickAt(FRIDAY.withHour(9).withMinute(5))).as("not tried again").hasSize(1);
    }

    @Test
    void quotaExhaustedIsSkippedWithoutAnError() {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push"))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"You have reached your monthly limit.\"}")));
        double before = counter("MORNING_REMINDER", "skipped-quota");

        assertThatCode(() -> tickAt(FRIDAY.withHour(9))).doesNotThrowAnyException();

        assertThat(FakeLine.pushes()).hasSize(1);
        assertThat(counter("MORNING_REMINDER", "skipped-quota") - before).isEqualTo(1);
        assertThat(tickAt(FRIDAY.withHour(9).withMinute(5))).as("not tried again").hasSize(1);
    }

    @Test
    void reminderThatWouldLeaveNoRoomForTheTableIsNotPushedButTheTableIs() {
        // 20 members; 30 messages left: enough for the table (20), not for a reminder and the table (40)
        FakeLine.server().stubFor(get(urlPathEqualTo("/v2/bot/message/quota")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"type\":\"limited\",\"value\":1000}")));
        FakeLine.server().stubFor(get(urlPathEqualTo("/v2/bot/message/quota/consumption")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"totalUsage\":970}")));

        assertThat(tickAt(FRIDAY.withHour(9))).isEmpty();
        assertThat(tickAt(FRIDAY.withHour(16).withMinute(30))).singleElement()
                .satisfies(p -> assertThat(message(p, 0).path("type").asText()).isEqualTo("flex"));
    }

    private double counter(String job, String outcome) {
        var c = metrics.find("reportbot.pushes").tag("job", job).tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }
}
