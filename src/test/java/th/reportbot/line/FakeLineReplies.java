package th.reportbot.line;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.FakeLine;

/** Counts LINE's reply calls for one event's reply token. */
final class FakeLineReplies {
    private FakeLineReplies() {
    }

    static long countFor(ObjectNode event) throws InterruptedException {
        Thread.sleep(300);
        String token = event.path("replyToken").asText();
        return FakeLine.replies().stream()
                .filter(r -> FakeLine.json(r).path("replyToken").asText().equals(token)).count();
    }
}
