package th.reportbot.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.webhook.model.Event;

import th.reportbot.report.ChatEvent;

/**
 * One event of a webhook request.
 *
 * @param record the raw event as it is stored
 * @param json   the event's JSON, for fields the SDK's models do not carry (e.g. {@code messageEdited})
 * @param event  the SDK's model of it; an {@code UnknownEvent} for types the SDK does not know
 */
public record ReceivedEvent(ChatEvent record, JsonNode json, Event event) {
}
