package th.reportbot.local;

/** Local mode would start where it looks deployed; the message is the one line the operator reads. */
class LocalModeRefused extends IllegalStateException {
    LocalModeRefused(String message) {
        super(message);
    }
}
