package th.reportbot.roster;

/** A roster file that cannot be used; the message names the file and, where known, the line. */
public class RosterException extends RuntimeException {
    public RosterException(String message) {
        super(message);
    }

    public RosterException(String message, Throwable cause) {
        super(message, cause);
    }
}
