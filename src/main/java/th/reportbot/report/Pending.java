package th.reportbot.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report held until its sender confirms it: not in the table, counted as missing, shown to officers as pending.
 * It keeps the message itself, so that confirming reads it again against the history of that moment.
 *
 * @param id        the id of the event that carried the message (names the question's buttons)
 * @param userId    who sent it, or null (LINE for PC before it gave ids): then only an officer can confirm
 * @param messageId LINE's id of the message
 * @param text      the message as sent
 * @param timestamp LINE's event time of the message, epoch milliseconds
 * @param week      the Friday its first report belongs to
 * @param reports   what would be stored, for the dashboard: organisation id and total
 * @param doubts    why it was held
 */
public record Pending(String id, String userId, String messageId, String text, long timestamp, LocalDate week,
                      List<Held> reports, List<Doubt> doubts) {
    public Pending {
        reports = List.copyOf(reports);
        doubts = List.copyOf(doubts);
    }

    /** One organisation's report as it would be stored. */
    public record Held(String orgId, Long total) {
    }

    /** The field the pending report is kept under: one per sender, so that a newer question replaces the older. */
    public String key() {
        return keyFor(userId, id);
    }

    public static String keyFor(String userId, String eventId) {
        return userId != null ? userId : "event:" + eventId;
    }
}
