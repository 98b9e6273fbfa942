package th.reportbot.report;

/** Where reports and the raw event history live. Implementations must make each call atomic. */
public interface ReportStore {

    /**
     * Appends the event to its chat's history unless an event with the same id was recorded before.
     *
     * @return true when the event was new and is now stored, false for a duplicate (stored earlier)
     * @throws StoreUnavailableException when the store cannot be reached; nothing was written
     */
    boolean recordEvent(ChatEvent event);
}
