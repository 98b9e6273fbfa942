package th.reportbot.line;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.FakeLine;

/** Counts LINE's reply calls for one event's reply token. */
final class FakeLineReplies {
    private FakeLineReplies() {
    }

    /** Counted once the bot has sent every reply it queued. */
    static long countFor(ObjectNode event, th.reportbot.support.Webhooks webhooks) {
        webhooks.awaitOutboxDrained();
        String token = event.path("replyToken").asText();
        return FakeLine.replies().stream()
                .filter(r -> FakeLine.json(r).path("replyToken").asText().equals(token)).count();
    }
}
