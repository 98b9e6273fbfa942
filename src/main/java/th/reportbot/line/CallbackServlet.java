package th.reportbot.line;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.ServerHttpObservationFilter;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.reportbot.BotProperties;

/**
 * {@code POST /callback}, LINE's webhook, as a servlet of its own rather than a Spring MVC controller, because it
 * must read the body without blocking: a stranger sending a body slowly holds a connection, never a request thread.
 * What the headers alone can refuse is refused before a byte of the body is read (no signature, no Content-Length,
 * too large); the rest of the body must arrive within the deadline, and its signature is known as its last byte
 * arrives ({@link BodyRead}).
 */
class CallbackServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(CallbackServlet.class);

    private final transient WebhookHandler handler;
    private final transient BotProperties.Webhook limits;
    private final transient BodyBudget budget;
    private final String channelSecret;

    CallbackServlet(WebhookHandler handler, BotProperties.Webhook limits, String channelSecret) {
        this.handler = handler;
        this.limits = limits;
        this.budget = new BodyBudget(limits.bufferedBytes().toBytes());
        this.channelSecret = channelSecret;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Outside Spring MVC nothing names the route: without this, http.server.requests would tag it uri=UNKNOWN.
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern("/callback"));
        String signature = request.getHeader("X-Line-Signature");
        long length = request.getContentLengthLong();
        if (signature == null || signature.isBlank()) {
            log.warn("Webhook refused: no X-Line-Signature header (Content-Length {})", length);
            answer(response, new WebhookAnswer(400, "missing signature"));
            return;
        }
        if (length < 0) {
            // LINE always sends Content-Length; a chunked body could not be refused for its size before reading it.
            log.warn("Webhook refused: no Content-Length");
            answer(response, new WebhookAnswer(411, "Content-Length required"));
            return;
        }
        if (length > limits.maxBody().toBytes()) {
            log.warn("Webhook refused: body of {} bytes is over {} bytes", length, limits.maxBody().toBytes());
            answer(response, new WebhookAnswer(413, "body too large"));
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(limits.bodyDeadline().toMillis());
        BodyRead read = new BodyRead(async, request.getInputStream(), new SignedBody(channelSecret, (int) length),
                signature, budget, handler);
        async.addListener(read);
        request.getInputStream().setReadListener(read);
    }

    /** Writes an answer; a refusal also closes the connection (Tomcat does for these statuses), so no unread body is drained. */
    static void answer(HttpServletResponse response, WebhookAnswer answer) throws IOException {
        response.setStatus(answer.status());
        if (!answer.text().isEmpty()) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(answer.text());
        }
    }
}
