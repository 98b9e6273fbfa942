package th.reportbot.report;

/**
 * One webhook event as it arrived, kept raw in the chat's history.
 *
 * @param chatId     the group, room or user the event came from ("-" when LINE named none)
 * @param eventId    LINE's webhookEventId, or a digest of the raw event for deliveries that carry none
 * @param type       LINE's event type, as written in the event (also for types the SDK does not know)
 * @param timestamp  LINE's event time, epoch milliseconds
 * @param redelivery LINE's deliveryContext.isRedelivery
 * @param rawJson    the event exactly as received
 */
public record ChatEvent(String chatId, String eventId, String type, long timestamp, boolean redelivery, String rawJson) {
}
