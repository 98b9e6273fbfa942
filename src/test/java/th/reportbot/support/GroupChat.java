package th.reportbot.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** A LINE group as a test drives it: members post at Bangkok times, the bot's replies are read back from WireMock. */
public final class GroupChat {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String groupId;
    private final Webhooks webhooks;
    private final int port;
    private final AtomicInteger seq = new AtomicInteger();
    /** Event ids (and so reply tokens) unique across tests, so a late reply of one test never counts in another. */
    private final String idPrefix = "E" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-";

    public GroupChat(String groupId, Webhooks webhooks, int port) {
        this.groupId = groupId;
        this.webhooks = webhooks;
        this.port = port;
    }

    public String groupId() {
        return groupId;
    }

    /** A member posts a text; returns the event (its id names the reply token and the message id). */
    public ObjectNode say(String userId, String text, LocalDateTime bangkok) {
        ObjectNode event = Webhooks.textEvent(groupId, userId, idPrefix + seq.incrementAndGet(), millis(bangkok), text);
        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).as("webhook for: " + text).isEqualTo(200);
        return event;
    }

    /**
     * A member posts a text while the store may be failing over: LINE redelivers the same event, as it does after a
     * 503, until the bot answers 200 (30 s at most). The dedupe keeps it once.
     */
    public ObjectNode sayUntilStored(String userId, String text, LocalDateTime bangkok) {
        ObjectNode event = Webhooks.textEvent(groupId, userId, idPrefix + seq.incrementAndGet(), millis(bangkok), text);
        String body = Webhooks.body(event);
        await("webhook accepted: " + text).atMost(java.time.Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> webhooks.post(body).statusCode() == 200);
        return event;
    }

    /** A member taps a quick-reply button whose postback carries {@code data}; returns the postback event. */
    public ObjectNode tap(String userId, String data, LocalDateTime bangkok) {
        ObjectNode event = Webhooks.postbackEvent(groupId, userId, idPrefix + seq.incrementAndGet(), millis(bangkok), data);
        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).as("webhook for a tap").isEqualTo(200);
        return event;
    }

    public void post(ObjectNode event) {
        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).isEqualTo(200);
    }

    public String nextEventId() {
        return idPrefix + seq.incrementAndGet();
    }

    public static long millis(LocalDateTime bangkok) {
        return bangkok.atZone(BANGKOK).toInstant().toEpochMilli();
    }

    /** The bot's reply to an event: its messages' texts (a Flex message gives its altText), waiting for it. */
    public List<String> replyTo(ObjectNode event) {
        String token = event.path("replyToken").asText();
        List<String> texts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            texts.clear();
            texts.addAll(repliesFor(token));
            assertThat(texts).as("a reply to " + event.path("message").path("text").asText()).isNotEmpty();
        });
        return texts;
    }

    /** The raw message objects of the reply to an event. */
    public List<JsonNode> replyMessagesTo(ObjectNode event) {
        replyTo(event);
        String token = event.path("replyToken").asText();
        List<JsonNode> messages = new ArrayList<>();
        for (LoggedRequest r : FakeLine.replies()) {
            JsonNode body = FakeLine.json(r);
            if (body.path("replyToken").asText().equals(token)) {
                body.path("messages").forEach(messages::add);
            }
        }
        return messages;
    }

    /** No reply was sent for this event: checked once the bot has sent every reply it queued. */
    public void assertNoReplyTo(ObjectNode event) {
        webhooks.awaitOutboxDrained();
        assertThat(repliesFor(event.path("replyToken").asText())).as("reply to " + event).isEmpty();
    }

    private List<String> repliesFor(String token) {
        List<String> texts = new ArrayList<>();
        for (LoggedRequest r : FakeLine.replies()) {
            JsonNode body = FakeLine.json(r);
            if (body.path("replyToken").asText().equals(token)) {
                body.path("messages").forEach(m -> texts.add(m.path("text").asText(m.path("altText").asText())));
            }
        }
        return texts;
    }

    /** The district table from the JSON API. */
    public JsonNode table(String friday, String adminToken) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/groups/" + groupId + "/reports/" + friday))
                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
