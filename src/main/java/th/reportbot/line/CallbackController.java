package th.reportbot.line;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.linecorp.bot.parser.LineSignatureValidator;

import jakarta.servlet.http.HttpServletRequest;

import th.reportbot.chat.Reply;
import th.reportbot.report.StoreUnavailableException;

/**
 * LINE's webhook. Verifies the signature over the raw body, stores every event once (dedupe and append in one
 * atomic step), answers 200 when all are stored, 503 when Redis is out of reach so that LINE redelivers.
 * Never logs the body: it carries members' messages.
 */
@RestController
class CallbackController {
    private static final Logger log = LoggerFactory.getLogger(CallbackController.class);

    private final LineSignatureValidator signatures;
    private final WebhookReader reader;
    private final InboundEvents processor;
    private final ChatResponder responder;

    CallbackController(LineSignatureValidator signatures, WebhookReader reader, InboundEvents processor,
                       ChatResponder responder) {
        this.signatures = signatures;
        this.reader = reader;
        this.processor = processor;
        this.responder = responder;
    }

    /** LINE's bodies are a few kilobytes; anything past this is refused before it is read whole or parsed. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    @PostMapping("/callback")
    ResponseEntity<String> callback(@RequestHeader(name = "X-Line-Signature", required = false) String signature,
                                    HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            log.warn("Webhook refused: body of {} bytes is over {} bytes", request.getContentLengthLong(), MAX_BODY_BYTES);
            return ResponseEntity.status(413).body("body too large");
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            log.warn("Webhook refused: body is over {} bytes", MAX_BODY_BYTES);
            return ResponseEntity.status(413).body("body too large");
        }
        if (signature == null || signature.isBlank()) {
            log.warn("Webhook refused: no X-Line-Signature header ({} bytes)", bytes.length);
            return ResponseEntity.badRequest().body("missing signature");
        }
        if (!signatures.validateSignature(bytes, signature)) {
            log.warn("Webhook refused: signature does not match the channel secret ({} bytes)", bytes.length);
            return ResponseEntity.badRequest().body("invalid signature");
        }
        List<ReceivedEvent> events;
        try {
            events = reader.read(bytes);
        } catch (MalformedWebhookException e) {
            log.warn("Webhook refused: {} ({} bytes)", e.getMessage(), bytes.length);
            return ResponseEntity.badRequest().body("malformed webhook body");
        }

        List<ChatResponder.Pending> replies = new ArrayList<>();
        try {
            for (ReceivedEvent event : events) {
                replies.add(new ChatResponder.Pending(event.eventId(), event.chatId(), event.userId(),
                        event.replyToken(), process(event)));
            }
        } catch (StoreUnavailableException e) {
            log.error("Webhook answered 503, LINE will redeliver: {} of {} events stored; {}",
                    replies.size(), events.size(), e.getMessage());
            responder.respondTo(replies);
            return ResponseEntity.status(503).body("storage unavailable, please redeliver");
        }
        responder.respondTo(replies);
        return ResponseEntity.ok().build(); // LINE reads only the status; no body spares a message converter
    }

    /**
     * A bug in reading one event must not lose it nor block the others: it is kept raw in the history (to be read
     * again by a fixed bot) and gets no answer.
     */
    private Reply process(ReceivedEvent event) {
        try {
            return processor.handle(event);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Event {} ({}) could not be handled; kept raw in the history", event.record().eventId(),
                    event.record().type(), e);
            processor.keepRaw(event);
            return Reply.NONE;
        }
    }
}
