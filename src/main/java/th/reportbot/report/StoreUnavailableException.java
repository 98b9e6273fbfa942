package th.reportbot.report;

/** The store could not be reached or did not answer in time; the caller should ask for the work to be retried. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
