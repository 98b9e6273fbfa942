package th.reportbot.line;

import com.linecorp.bot.webhook.model.Event;

import th.reportbot.report.ChatEvent;

/**
 * One event of a webhook request, read once: what the rest of the bot needs of it, so that nothing downstream digs in
 * the raw JSON for a field.
 *
 * @param record     the raw event as it is stored in the history (chat id, event id, type, time, redelivery, JSON)
 * @param userId     the sender, or null (LINE gives none for users of LINE for PC only, and for some event types)
 * @param replyToken the token a reply must carry, or null when the event cannot be replied to
 * @param sourceType "group", "room" or "user"; "" when LINE names none
 * @param event      the SDK's model of it; an {@code UnknownEvent} for types the SDK does not know
 * @param edited     for LINE's {@code messageEdited} (which the SDK does not model), the edited text message; else null
 */
public record ReceivedEvent(ChatEvent record, String userId, String replyToken, String sourceType, Event event,
                            EditedText edited) {

    /** The message a {@code messageEdited} event carries: its id (that of the message edited) and its new text. */
    public record EditedText(String messageId, String text) {
    }

    public String chatId() {
        return record.chatId();
    }

    public String eventId() {
        return record.eventId();
    }

    public boolean fromGroup() {
        return "group".equals(sourceType);
    }
}
