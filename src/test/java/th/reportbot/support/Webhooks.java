package th.reportbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds and sends webhook requests the way LINE does, signed with the test channel secret. */
public final class Webhooks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String secret;
    private final java.util.function.BooleanSupplier outboxDrained;
    private final java.util.function.Consumer<String> firstSeen;
    private final java.util.Set<String> seenChats = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Webhooks(int port, String secret) {
        this(port, secret, () -> true, chat -> { });
    }

    /**
     * @param outboxDrained whether every reply the bot queued so far has been sent (or given up)
     * @param firstSeen     called with each chat id before the first event of it is posted (the test base binds the
     *                      chat to the district there, as a district officer would)
     */
    public Webhooks(int port, String secret, java.util.function.BooleanSupplier outboxDrained,
                    java.util.function.Consumer<String> firstSeen) {
        this.port = port;
        this.secret = secret;
        this.outboxDrained = outboxDrained;
        this.firstSeen = firstSeen;
    }

    /**
     * Waits until the bot has sent every reply it queued for the events posted so far: after that, a reply that has not
     * arrived will not arrive. Replies are queued before the webhook answers, so this covers every posted event.
     */
    /** Whether the bot has sent every reply it queued so far. */
    public boolean outboxDrained() {
        return outboxDrained.getAsBoolean();
    }

    public void awaitOutboxDrained() {
        org.awaitility.Awaitility.await("the bot's outbox drained").atMost(java.time.Duration.ofSeconds(10))
                .until(outboxDrained::getAsBoolean);
    }

    /** An event of a type in a group, from a member, as LINE shapes it. */
    public static ObjectNode groupEvent(String type, String groupId, String userId, String eventId, long timestamp) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        event.put("mode", "active");
        event.put("timestamp", timestamp);
        event.put("webhookEventId", eventId);
        event.putObject("deliveryContext").put("isRedelivery", false);
        ObjectNode source = event.putObject("source").put("type", "group").put("groupId", groupId);
        if (userId != null) {
            source.put("userId", userId);
        }
        return event;
    }

    public static ObjectNode textEvent(String groupId, String userId, String eventId, long timestamp, String text) {
        ObjectNode event = groupEvent("message", groupId, userId, eventId, timestamp);
        event.put("replyToken", "reply-" + eventId);
        event.putObject("message").put("type", "text").put("id", "m-" + eventId).put("text", text);
        return event;
    }

    /** A tap on a button with a postback action: LINE sends its data, from the member who tapped. */
    public static ObjectNode postbackEvent(String groupId, String userId, String eventId, long timestamp, String data) {
        ObjectNode event = groupEvent("postback", groupId, userId, eventId, timestamp);
        event.put("replyToken", "reply-" + eventId);
        event.putObject("postback").put("data", data);
        return event;
    }

    public static ObjectNode unsendEvent(String groupId, String userId, String eventId, long timestamp, String messageId) {
        ObjectNode event = groupEvent("unsend", groupId, userId, eventId, timestamp);
        event.putObject("unsend").put("messageId", messageId);
        return event;
    }

    /** LINE's messageEdited, shaped like its sample: the edited message keeps its id. */
    public static ObjectNode editedEvent(String groupId, String userId, String eventId, long timestamp,
                                         String messageId, String text) {
        ObjectNode event = groupEvent("messageEdited", groupId, userId, eventId, timestamp);
        event.put("replyToken", "reply-" + eventId);
        event.putObject("message").put("type", "text").put("id", messageId).put("text", text);
        return event;
    }

    public static String body(ObjectNode... events) {
        ObjectNode body = JSON.createObjectNode();
        body.put("destination", "Ubot");
        ArrayNode array = body.putArray("events");
        for (ObjectNode e : events) {
            array.add(e);
        }
        return body.toString();
    }

    public static ObjectNode redelivered(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        copy.putObject("deliveryContext").put("isRedelivery", true);
        return copy;
    }

    /** The chat ids a body's events come from; none when it is not a webhook body. */
    private static java.util.List<String> chatsOf(byte[] body) {
        java.util.List<String> chats = new java.util.ArrayList<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode event : JSON.readTree(body).path("events")) {
                com.fasterxml.jackson.databind.JsonNode source = event.path("source");
                String chat = source.path("groupId").asText(source.path("roomId").asText(source.path("userId").asText("")));
                if (!chat.isEmpty()) {
                    chats.add(chat);
                }
            }
        } catch (IOException | RuntimeException notJson) {
            // hostile and malformed bodies have no chats to bind
        }
        return chats;
    }

    public String sign(byte[] body) {
        return signature(body, secret);
    }

    /** X-Line-Signature of a body: HMAC-SHA256 with the channel secret, in Base64. */
    public static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, sign(bytes));
    }

    public HttpResponse<String> post(byte[] body, String signature) {
        if (signature != null && signature.equals(sign(body))) { // a refused body binds nothing
            chatsOf(body).stream().filter(seenChats::add).forEach(firstSeen);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
