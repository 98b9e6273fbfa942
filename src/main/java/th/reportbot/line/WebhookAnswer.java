package th.reportbot.line;

/** The webhook's answer: LINE reads only the status; the short text is for a person reading a refusal. */
record WebhookAnswer(int status, String text) {
    /** No body on success, as before: nothing for LINE to read. */
    static final WebhookAnswer OK = new WebhookAnswer(200, "");
}
