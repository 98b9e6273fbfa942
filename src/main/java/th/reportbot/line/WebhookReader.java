package th.reportbot.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.UnknownEvent;

import th.reportbot.report.ChatEvent;
import th.reportbot.BotProperties;

/** Turns a verified webhook body into events: each kept raw for the history, and modelled by the SDK. */
@Component
class WebhookReader {
    private static final Logger log = LoggerFactory.getLogger(WebhookReader.class);

    /** LINE's webhook JSON nests a few levels; a deeper body is an attack on the parser, refused early. */
    static final int MAX_NESTING = 32;

    private final ObjectMapper mapper;

    WebhookReader(BotProperties properties) {
        BotProperties.Webhook limits = properties.webhook();
        mapper = ModelObjectMapper.createNewObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength((int) limits.maxBody().toBytes()).build());
    }

    List<ReceivedEvent> read(byte[] body) throws MalformedWebhookException {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new MalformedWebhookException("body is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw new MalformedWebhookException("body has no 'events' array");
        }
        List<ReceivedEvent> events = new ArrayList<>();
        for (JsonNode node : root.path("events")) {
            if (!node.isObject()) {
                throw new MalformedWebhookException("an event is not a JSON object");
            }
            JsonNode source = node.path("source");
            events.add(new ReceivedEvent(record(node), textOrNull(source.path("userId")),
                    textOrNull(node.path("replyToken")), source.path("type").asText(""), model(node), edited(node)));
        }
        return events;
    }

    private ChatEvent record(JsonNode node) {
        String raw = node.toString();
        String eventId = node.path("webhookEventId").asText("");
        if (eventId.isBlank()) {
            // Older deliveries carry no id: the event's own bytes identify it.
            eventId = "sha256-" + sha256(raw);
        }
        return new ChatEvent(chatId(node.path("source")), eventId, node.path("type").asText("unknown"),
                node.path("timestamp").asLong(0), node.path("deliveryContext").path("isRedelivery").asBoolean(false),
                raw);
    }

    private Event model(JsonNode node) {
        try {
            return mapper.treeToValue(node, Event.class);
        } catch (IOException | IllegalArgumentException e) {
            log.info("Event of type '{}' does not fit the SDK's model ({}); stored and ignored",
                    node.path("type").asText(), e.getClass().getSimpleName());
            return new UnknownEvent(node.path("type").asText("unknown"), null, node.path("timestamp").asLong(0),
                    null, null, null);
        }
    }

    private static String textOrNull(JsonNode node) {
        String text = node.asText("");
        return text.isBlank() ? null : text;
    }

    /** LINE's messageEdited carries the edited message like a message event; only text edits matter here. */
    private static ReceivedEvent.EditedText edited(JsonNode node) {
        JsonNode message = node.path("message");
        if (!"messageEdited".equals(node.path("type").asText()) || !"text".equals(message.path("type").asText())
                || message.path("id").asText("").isBlank()) {
            return null;
        }
        return new ReceivedEvent.EditedText(message.path("id").asText(), message.path("text").asText(""));
    }

    static String chatId(JsonNode source) {
        for (String field : List.of("groupId", "roomId", "userId")) {
            String id = source.path(field).asText("");
            if (!id.isBlank()) {
                return id;
            }
        }
        return "-";
    }

    private static String sha256(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
