package th.reportbot.line;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.reportbot.chat.Reply;
import th.reportbot.report.StoreUnavailableException;

/**
 * What the webhook does with a body whose signature has been verified: stores every event once (dedupe and append in
 * one atomic step), answers 200 when all are stored, 503 when Redis is out of reach so that LINE redelivers.
 * Never logs the body: it carries members' messages.
 */
@Component
class WebhookHandler {
    private static final Logger log = LoggerFactory.getLogger(WebhookHandler.class);

    private final WebhookReader reader;
    private final InboundEvents processor;
    private final ChatResponder responder;

    WebhookHandler(WebhookReader reader, InboundEvents processor, ChatResponder responder) {
        this.reader = reader;
        this.processor = processor;
        this.responder = responder;
    }

    WebhookAnswer handle(byte[] body) {
        List<ReceivedEvent> events;
        try {
            events = reader.read(body);
        } catch (MalformedWebhookException e) {
            log.warn("Webhook refused: {} ({} bytes)", e.getMessage(), body.length);
            return new WebhookAnswer(400, "malformed webhook body");
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
            return new WebhookAnswer(503, "storage unavailable, please redeliver");
        }
        responder.respondTo(replies);
        return WebhookAnswer.OK;
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
