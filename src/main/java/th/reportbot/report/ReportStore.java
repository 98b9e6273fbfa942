package th.reportbot.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where reports and the raw event history live, per chat. Every method may throw {@link StoreUnavailableException}
 * when the store cannot be reached.
 */
public interface ReportStore {

    /**
     * Appends the event to its chat's history and applies its changes, unless an event with the same id was recorded
     * before; all in one atomic step.
     *
     * @return true when the event was new and its changes applied; false for a duplicate (nothing changed), an event
     *         carrying a message an earlier event carried ({@link Change.FirstOfMessage}), or an event of a chat the
     *         bot has left (both kept in the history, nothing else changed)
     */
    boolean apply(ChatEvent event, List<Change> changes);

    default boolean recordEvent(ChatEvent event) {
        return apply(event, List.of());
    }

    /**
     * Appends the event to its chat's history marked as refused, with the reason, and applies nothing; once per event
     * id, like {@link #apply}.
     *
     * @return false for a duplicate
     */
    boolean recordRefused(ChatEvent event, String reason);

    Optional<String> boundOrg(String chatId, String userId);

    /** Every binding of the chat: LINE user id → organisation id. */
    Map<String, String> bindings(String chatId);

    /** Every week's current reports: week → organisation id → report. */
    Map<LocalDate, Map<String, StoredReport>> currentReports(String chatId);

    /**
     * Who reported in a week, the named organisations' current reports of every week, and the sender's binding.
     *
     * @param userId the sender, or null
     */
    OrgReports orgReports(String chatId, LocalDate week, java.util.Collection<String> orgIds, String userId);

    /** Every version of an organisation's report for a week, newest first. */
    List<StoredReport> versions(String chatId, LocalDate week, String orgId);

    Optional<MessageRecord> message(String chatId, String messageId);

    /** The district the chat was bound to, when the bot serves several. */
    Optional<String> districtOf(String chatId);

    /** Whether any event of this chat was ever stored. */
    boolean knowsChat(String chatId);

    /** The chat's reports held for confirmation, by {@link Pending#key()}. */
    Map<String, Pending> pending(String chatId);
}
