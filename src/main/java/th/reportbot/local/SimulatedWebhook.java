package th.reportbot.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.springframework.core.env.Environment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.parser.LineSignatureValidator;

/**
 * Builds webhook bodies the way LINE does for the simulated group, signs them with the channel secret and posts them
 * to this bot's own {@code /callback} over HTTP: local mode goes through exactly the production path.
 */
class SimulatedWebhook {
    static final String GROUP_ID = "Csimulator0000000000000000000000";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final LineSignatureValidator signatures;
    private final Environment env;
    private final Clock clock;

    SimulatedWebhook(LineSignatureValidator signatures, Environment env, Clock clock) {
        this.signatures = signatures;
        this.env = env;
        this.clock = clock;
    }

    /** Sends a member's text message; returns the HTTP status /callback answered. */
    int text(String userId, String text) throws IOException, InterruptedException {
        ObjectNode event = event("message");
        event.putObject("source").put("type", "group").put("groupId", GROUP_ID).put("userId", userId);
        event.put("replyToken", UUID.randomUUID().toString());
        event.putObject("message").put("type", "text").put("id", Long.toString(clock.millis())).put("text", text);
        return post(event);
    }

    /** Sends the postback event of a member's tap on a button. */
    int postback(String userId, String data) throws IOException, InterruptedException {
        ObjectNode event = event("postback");
        event.putObject("source").put("type", "group").put("groupId", GROUP_ID).put("userId", userId);
        event.put("replyToken", UUID.randomUUID().toString());
        event.putObject("postback").put("data", data);
        return post(event);
    }

    /** Sends the event LINE sends when the bot is added to the group. */
    int join() throws IOException, InterruptedException {
        ObjectNode event = event("join");
        event.putObject("source").put("type", "group").put("groupId", GROUP_ID);
        event.put("replyToken", UUID.randomUUID().toString());
        return post(event);
    }

    private ObjectNode event(String type) {
        ObjectNode event = mapper.createObjectNode();
        event.put("type", type);
        event.put("mode", "active");
        event.put("timestamp", clock.millis());
        event.put("webhookEventId", UUID.randomUUID().toString().replace("-", "").toUpperCase());
        event.putObject("deliveryContext").put("isRedelivery", false);
        return event;
    }

    private int post(ObjectNode event) throws IOException, InterruptedException {
        ObjectNode body = mapper.createObjectNode();
        body.put("destination", "Ulocalsimulatorbot");
        body.putArray("events").add(event);
        byte[] bytes = mapper.writeValueAsBytes(body);
        String signature = Base64.getEncoder().encodeToString(signatures.generateSignature(bytes));
        HttpRequest request = HttpRequest.newBuilder(callbackUri())
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("X-Line-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI callbackUri() {
        return URI.create("http://127.0.0.1:" + env.getRequiredProperty("local.server.port") + "/callback");
    }
}
