package th.reportbot.report;

/**
 * One webhook event as it arrived, kept in the chat's history.
 *
 * @param chatId     the group, room or user the event came from ("-" when LINE named none)
 * @param eventId    LINE's webhookEventId, or a digest of the raw event for deliveries that carry none
 * @param type       LINE's event type, as written in the event (also for types the SDK does not know)
 * @param timestamp  LINE's event time, epoch milliseconds
 * @param redelivery LINE's deliveryContext.isRedelivery
 * @param rawJson    the event exactly as received
 * @param ignored    chatter the bot ignored: its history entry keeps who and when, never what was written
 */
public record ChatEvent(String chatId, String eventId, String type, long timestamp, boolean redelivery, String rawJson,
                        boolean ignored) {

    public ChatEvent(String chatId, String eventId, String type, long timestamp, boolean redelivery, String rawJson) {
        this(chatId, eventId, type, timestamp, redelivery, rawJson, false);
    }

    /** The same event, to be kept as metadata only: nothing the bot needs was written in it. */
    public ChatEvent asIgnored() {
        return new ChatEvent(chatId, eventId, type, timestamp, redelivery, rawJson, true);
    }

    /** A message event (of any content type), as opposed to a join, a postback, an unsend… */
    public boolean isMessage() {
        return "message".equals(type);
    }
}
