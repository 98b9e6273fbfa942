package th.reportbot.line;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.Webhooks;

class WebhookTest extends BotTestBase {
    @org.springframework.beans.factory.annotation.Autowired
    private io.micrometer.core.instrument.MeterRegistry meters;

    private static final String GROUP = "Cgroup0001";
    private static final long NOON = 1_685_682_000_000L; // Fri 2023-06-02 12:00 Asia/Bangkok

    @Test
    void signedHelpMessageIsStoredAndAnsweredThroughTheReplyToken() {
        ObjectNode event = Webhooks.textEvent(GROUP, "Umember", "EV1", NOON, "ช่วยเหลือ");

        HttpResponse<String> response = webhooks.post(Webhooks.body(event));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(history(GROUP)).singleElement().satisfies(entry -> {
            assertThat(entry.getValue()).containsEntry("id", "EV1").containsEntry("type", "message");
            assertThat((String) entry.getValue().get("raw")).contains("ช่วยเหลือ");
        });
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                FakeLine.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/bot/message/reply"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withRequestBody(matchingJsonPath("$.replyToken", equalTo("reply-EV1")))));
        assertThat(FakeLine.replyTexts()).singleElement().asString().startsWith("วิธีรายงานยอด ThaiD");
    }

    @Test
    void webhookRequestsAreCountedUnderTheirRouteInTheMetrics() {
        assertThat(webhooks.post(Webhooks.body(Webhooks.textEvent(GROUP, "Ua", "EV-metric", NOON, "help"))).statusCode())
                .isEqualTo(200);
        webhooks.awaitOutboxDrained(); // its reply must not reach the next test's fake LINE

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(meters.find("http.server.requests")
                .tag("uri", "/callback").tag("status", "200").timer()).isNotNull());
    }

    @Test
    void englishHelpAfterMentioningTheBotGetsTheSameHelp() {
        ObjectNode event = Webhooks.textEvent(GROUP, "Umember", "EV-mention", NOON, "@ThaiD Bot help");
        event.with("message").putObject("mention").putArray("mentionees").addObject()
                .put("index", 0).put("length", 10).put("type", "user").put("userId", "Ubot").put("isSelf", true);

        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(FakeLine.replyTexts()).singleElement().asString().startsWith("วิธีรายงานยอด ThaiD"));
    }

    @Test
    void redeliveredEventIsStoredOnceAndAnsweredOnce() throws InterruptedException {
        ObjectNode event = Webhooks.textEvent(GROUP, "Umember", "EV2", NOON, "help");

        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).isEqualTo(200);
        assertThat(webhooks.post(Webhooks.body(Webhooks.redelivered(event))).statusCode()).isEqualTo(200);

        assertThat(history(GROUP)).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> repliesTo("EV2") == 1);
        webhooks.awaitOutboxDrained(); // a second reply, if the bug existed, would have been sent by now
        assertThat(repliesTo("EV2")).isEqualTo(1);
    }

    @Test
    void aCapturedRequestReplayedWeeksLaterStillChangesNothing() {
        ObjectNode event = Webhooks.textEvent(GROUP, "Umember", "EV-replay", NOON, "อบต.ไร่โคก รวม 210");
        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).isEqualTo(200);

        Long ttl = redis.getExpire("rb:{" + GROUP + "}:seen:EV-replay", java.util.concurrent.TimeUnit.DAYS);
        assertThat(ttl).as("the dedupe marker lives at least 30 days").isGreaterThanOrEqualTo(30);
        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).isEqualTo(200);
        assertThat(history(GROUP)).hasSize(1);
    }

    @Test
    void eventsOfOneRequestAreAllStoredInOrder() {
        String body = Webhooks.body(
                Webhooks.textEvent(GROUP, "Ua", "B1", NOON, "first"),
                Webhooks.textEvent(GROUP, "Ub", "B2", NOON + 1, "second"),
                Webhooks.textEvent(GROUP, "Uc", "B3", NOON + 2, "third"));

        assertThat(webhooks.post(body).statusCode()).isEqualTo(200);

        assertThat(history(GROUP)).extracting(e -> e.getValue().get("id")).containsExactly("B1", "B2", "B3");
    }

    @Test
    void chatterGetsNoReply() throws InterruptedException {
        assertThat(webhooks.post(Webhooks.body(Webhooks.textEvent(GROUP, "Ua", "C1", NOON, "สวัสดีค่ะ ทุกท่าน")))
                .statusCode()).isEqualTo(200);

        assertThat(history(GROUP)).hasSize(1);
        webhooks.awaitOutboxDrained();
        assertThat(repliesTo("C1")).isZero();
    }

    @Test
    void wrongSignatureIsRefusedAndNothingStored() {
        byte[] body = Webhooks.body(Webhooks.textEvent(GROUP, "Ua", "X1", NOON, "help")).getBytes(StandardCharsets.UTF_8);
        String otherSecretsSignature = new Webhooks(port, "not-the-secret").sign(body);

        assertThat(webhooks.post(body, otherSecretsSignature).statusCode()).isEqualTo(400);
        assertThat(redis.keys("*")).isEmpty();
    }

    @Test
    void missingSignatureIsRefusedAndNothingStored() {
        byte[] body = Webhooks.body(Webhooks.textEvent(GROUP, "Ua", "X2", NOON, "help")).getBytes(StandardCharsets.UTF_8);

        assertThat(webhooks.post(body, null).statusCode()).isEqualTo(400);
        assertThat(redis.keys("*")).isEmpty();
    }

    @Test
    void signedEmptyBodyIsRefused() {
        byte[] empty = new byte[0];

        assertThat(webhooks.post(empty, webhooks.sign(empty)).statusCode()).isEqualTo(400);
        assertThat(redis.keys("*")).isEmpty();
    }

    @Test
    void signedBodyThatIsNotJsonIsRefused() {
        byte[] body = "events=oops".getBytes(StandardCharsets.UTF_8);

        assertThat(webhooks.post(body, webhooks.sign(body)).statusCode()).isEqualTo(400);
        assertThat(redis.keys("*")).isEmpty();
    }

    @Test
    void lineVerificationRequestWithNoEventsIsAccepted() {
        assertThat(webhooks.post("{\"destination\":\"Ubot\",\"events\":[]}").statusCode()).isEqualTo(200);
    }

    @Test
    void joiningAGroupGreetsIt() throws IOException {
        String body = sample("join.json");

        assertThat(webhooks.post(body).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(FakeLine.replyTexts()).singleElement().asString()
                        .contains("อำเภอบ้านลาด").contains("ช่วยเหลือ"));
    }

    @Test
    void standbyModeMessagesAreStoredButNotAnswered() throws InterruptedException {
        ObjectNode event = Webhooks.textEvent(GROUP, "Ua", "S1", NOON, "help");
        event.put("mode", "standby");

        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).isEqualTo(200);

        assertThat(history(GROUP)).hasSize(1);
        webhooks.awaitOutboxDrained();
        assertThat(repliesTo("S1")).isZero();
    }

    private static long repliesTo(String eventId) {
        return FakeLine.replies().stream()
                .filter(r -> FakeLine.json(r).path("replyToken").asText().equals("reply-" + eventId)).count();
    }

    static Stream<String> lineSamples() {
        return Stream.of("account_link.json", "beacon.json", "beacon_with_dm.json", "file.json", "follow.json",
                "image.json", "join.json", "leave.json", "location.json", "member_joined.json", "member_left.json",
                "message-edited.json", "postback.json", "sticker-keywords-array.json", "sticker-keywords-remove.json",
                "sticker-with-text.json", "sticker.json", "text-emojis.json", "text-group.json", "text-mention.json",
                "text-user.json", "unfollow.json", "unknown.json", "unsend.json", "video-play-complete.json",
                "video.json", "webhook-redelivery.json");
    }

    @ParameterizedTest
    @MethodSource("lineSamples")
    void everyEventTypeLineSendsIsAcceptedAndStored(String sample) throws IOException {
        String body = sample(sample);

        assertThat(webhooks.post(body).statusCode()).isEqualTo(200);

        long events = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("events").size();
        long stored = redis.keys("rb:{*}:history").stream().mapToLong(k -> redis.opsForStream().size(k)).sum();
        assertThat(stored).isEqualTo(events);
    }

    @Test
    void samplesCoverEveryFileShipped() throws IOException {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/line-webhook-samples"))) {
            Set<String> shipped = new java.util.TreeSet<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).toList());
            assertThat(shipped).containsExactlyInAnyOrderElementsOf(lineSamples().toList());
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = WebhookTest.class.getResourceAsStream("/line-webhook-samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
