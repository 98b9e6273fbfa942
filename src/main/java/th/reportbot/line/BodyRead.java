package th.reportbot.line;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads one webhook body as its bytes arrive, without holding a thread between them, into a {@link SignedBody}; when
 * the last byte is in, checks the signature and hands a signed body to the {@link WebhookHandler}. A body not all
 * there by the deadline (the async timeout) gets 408. Tomcat calls these methods for one request one at a time.
 */
final class BodyRead implements ReadListener, AsyncListener {
    private static final Logger log = LoggerFactory.getLogger(BodyRead.class);

    private final AsyncContext async;
    private final ServletInputStream input;
    private final SignedBody body;
    private final String signature;
    private final BodyBudget budget;
    private final WebhookHandler handler;
    private final byte[] chunk = new byte[8192];
    private long taken;
    private volatile boolean answered;

    BodyRead(AsyncContext async, ServletInputStream input, SignedBody body, String signature, BodyBudget budget,
             WebhookHandler handler) {
        this.async = async;
        this.input = input;
        this.body = body;
        this.signature = signature;
        this.budget = budget;
        this.handler = handler;
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!answered && input.isReady() && !input.isFinished()) {
            int n = input.read(chunk);
            if (n < 0) {
                return;
            }
            if (!budget.take(n)) {
                log.warn("Webhook answered 503: bodies still arriving hold the whole buffer budget");
                finish(new WebhookAnswer(503, "busy, please redeliver"));
                return;
            }
            synchronized (this) {
                taken += n;
            }
            body.append(chunk, n);
        }
    }

    @Override
    public void onAllDataRead() throws IOException {
        if (answered) {
            return;
        }
        if (!body.isSignedWith(signature)) {
            log.warn("Webhook refused: signature does not match the channel secret ({} bytes)", body.length());
            finish(new WebhookAnswer(400, "invalid signature"));
            return;
        }
        byte[] bytes = body.bytes();
        release(); // from here on the body is an ordinary request's work, bounded by the request threads
        finish(handler.handle(bytes));
    }

    @Override
    public void onTimeout(AsyncEvent event) throws IOException {
        if (!answered) {
            log.warn("Webhook refused: body not received within the deadline ({} bytes arrived)", body.length());
            finish(new WebhookAnswer(408, "body not received in time"));
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (!answered) {
            log.info("Webhook body not received: {}", failure.toString());
            try {
                finish(new WebhookAnswer(400, "body not received"));
            } catch (IOException | IllegalStateException connectionGone) {
                // the client is gone: nothing to answer
            }
        }
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
        release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }

    private synchronized void release() {
        budget.giveBack(taken);
        taken = 0;
    }

    private void finish(WebhookAnswer answer) throws IOException {
        answered = true;
        release();
        try {
            CallbackServlet.answer((HttpServletResponse) async.getResponse(), answer);
        } finally {
            async.complete();
        }
    }
}
