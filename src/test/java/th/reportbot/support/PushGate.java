package th.reportbot.support;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** A WireMock extension: while a {@link PushHold} is in place, LINE's answer to each push waits for it. */
final class PushGate implements ServeEventListener {
    private static volatile PushHold hold;

    static synchronized PushHold close() {
        open();
        hold = new PushHold();
        return hold;
    }

    static synchronized void open() {
        if (hold != null) {
            hold.release();
            hold = null;
        }
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        PushHold current = hold;
        if (current != null && event.getRequest().getUrl().startsWith("/v2/bot/message/push")) {
            current.hold();
        }
    }

    @Override
    public String getName() {
        return "push-gate";
    }
}
