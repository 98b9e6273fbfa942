package th.reportbot.store;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.report.ChatEvent;

/**
 * The fields of an event's entry in its chat's history stream. Reports, commands and answers keep their raw JSON for
 * the audit and for a replay through a better parser; chatter keeps who, when, what kind of message, and
 * {@code ignored=1}, never its content (text, file name, location…).
 */
final class HistoryEntry {
    private HistoryEntry() {
    }

    static List<String> of(ChatEvent event, ObjectMapper json) {
        List<String> fields = new ArrayList<>(List.of("id", event.eventId(), "type", event.type(),
                "ts", Long.toString(event.timestamp()), "redelivery", Boolean.toString(event.redelivery())));
        if (!event.ignored()) {
            fields.addAll(List.of("raw", event.rawJson()));
            return fields;
        }
        JsonNode raw = readOrEmpty(event.rawJson(), json);
        fields.addAll(List.of("user", raw.path("source").path("userId").asText(""),
                "message", raw.path("message").path("type").asText(""), "ignored", "1"));
        return fields;
    }

    private static JsonNode readOrEmpty(String raw, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(raw);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
