package th.reportbot.line;

/** A signed webhook body that is not LINE's webhook JSON. */
class MalformedWebhookException extends Exception {
    MalformedWebhookException(String message) {
        super(message);
    }
}
