package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;
import th.reportbot.support.Webhooks;

/** Broken and hostile input gets a clear answer and loses nothing already stored. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"reportbot.replies-per-member-per-minute=10",
        // Small enough that one body fills it: bodies still arriving may hold this much at once, all requests together.
        "reportbot.webhook.buffered-bytes=64KB"})
class HostileInputTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);

    @Test
    void bodyOverOneMegabyteIs413AndNothingIsStored() {
        String padding = "x".repeat(1_100_000);
        String body = "{\"destination\":\"U\",\"pad\":\"" + padding + "\",\"events\":[]}";

        assertThat(webhooks.post(body).statusCode()).isEqualTo(413);
        assertThat(redis.keys("rb:*")).isEmpty();
    }

    @Test
    void bodiesBeyondTheBufferBudgetAre503SoLineRedeliversAndNothingIsStored() {
        String body = Webhooks.body(Webhooks.textEvent("Cbudget", "Ua", "EV-budget", 1_685_682_000_000L,
                "อบต.ไร่โคก รวม 210 " + "ก".repeat(30_000)));

        assertThat(webhooks.post(body).statusCode()).isEqualTo(503);
        assertThat(history("Cbudget")).isEmpty();
    }

    @Test
    void deeplyNestedJsonIs400() {
        String body = "{\"events\":[" + "[".repeat(5_000) + "]".repeat(5_000) + "]}";

        assertThat(webhooks.post(body).statusCode()).isEqualTo(400);
        assertThat(redis.keys("rb:*")).isEmpty();
    }

    @Test
    void eventsFromAGroupTheBotLeftAreKeptButIgnoredUntilItJoinsAgain() throws Exception {
        GroupChat chat = new GroupChat("Cleft", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);
        chat.post(groupEvent("leave", chat.nextEventId(), FRIDAY.plusMinutes(1)));

        ObjectNode afterLeaving = chat.say("Ua", "อบต.ไร่โคก รวม 999", FRIDAY.plusMinutes(2));

        chat.assertNoReplyTo(afterLeaving);
        assertThat(totalOfRaiKhok(chat)).isEqualTo(210);
        assertThat(history("Cleft")).as("kept for audit").hasSize(3);

        ObjectNode join = groupEvent("join", chat.nextEventId(), FRIDAY.plusMinutes(3));
        join.put("replyToken", "reply-" + join.path("webhookEventId").asText());
        chat.post(join);
        ObjectNode back = chat.say("Ua", "อบต.ไร่โคก รวม 215", FRIDAY.plusMinutes(4));
        assertThat(chat.replyTo(back)).singleElement().asString().contains("รวม: 215 ราย");
    }

    @Test
    void memberFloodingTheGroupGetsOneNoticeAndEveryReportIsStored() throws Exception {
        GroupChat chat = new GroupChat("Cflood", webhooks, port);
        List<ObjectNode> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sent.add(chat.say("Uflood", "อบต.ไร่โคก รวม " + (200 + i), FRIDAY.plusSeconds(i)));
        }

        chat.replyTo(sent.get(10));
        webhooks.awaitOutboxDrained();
        List<String> replies = FakeLine.replyTexts();
        assertThat(replies.stream().filter(r -> r.startsWith("✅"))).hasSize(10);
        assertThat(replies.stream().filter(r -> r.startsWith("ขอพักตอบข้อความของคุณสักครู่"))).hasSize(1);
        assertThat(replies).hasSize(11);
        assertThat(history("Cflood")).hasSize(30);
        assertThat(totalOfRaiKhok(chat)).isEqualTo(229);
    }

    @Test
    void secretsAndMessagesNeverReachTheLogsActuatorOrErrorBodies(CapturedOutput output) throws Exception {
        GroupChat chat = new GroupChat("Csecret", webhooks, port);
        chat.say("Ua", "อบต.ไร่โคก รวม 777 ความลับ", FRIDAY);
        byte[] body = Webhooks.body(Webhooks.textEvent("Csecret", "Ua", "Xbad", 1L, "ข้อความลับมาก")).getBytes(StandardCharsets.UTF_8);
        webhooks.post(body, "bm90IHRoZSBzaWduYXR1cmU=");
        webhooks.post("{\"events\": [ข้อความลับมาก");

        HttpClient http = HttpClient.newHttpClient();
        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/env", "/actuator/configprops",
                "/no-such-page", "/api/parse")) {
            bodies.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        webhooks.awaitOutboxDrained(); // the reply to the report, with its log lines, is out

        for (String secret : List.of(SECRET, TOKEN, ADMIN_TOKEN)) {
            assertThat(output.getAll()).doesNotContain(secret);
            assertThat(bodies).noneMatch(b -> b.contains(secret));
        }
        assertThat(output.getAll()).doesNotContain("ความลับ").doesNotContain("ข้อความลับมาก");
        assertThat(output.getAll()).contains("Webhook refused: signature does not match");
    }

    /** The bot leaving or joining the group Cleft. */
    private static ObjectNode groupEvent(String type, String eventId, LocalDateTime at) {
        return Webhooks.groupEvent(type, "Cleft", null, eventId, GroupChat.millis(at));
    }

    private long totalOfRaiKhok(GroupChat chat) throws Exception {
        return chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").asLong(-1);
    }
}
