package th.reportbot.line;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.webhook.model.ReplyEvent;

/** Answers stored events on the outbox thread pool, so the webhook returns as soon as events are stored. */
@Component
class ChatResponder {
    private static final Logger log = LoggerFactory.getLogger(ChatResponder.class);

    private final EventRouter router;
    private final LineReplier replier;
    private final ThreadPoolTaskExecutor outbox;

    ChatResponder(EventRouter router, LineReplier replier, ThreadPoolTaskExecutor lineOutbox) {
        this.router = router;
        this.replier = replier;
        this.outbox = lineOutbox;
    }

    void respondTo(List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        outbox.execute(() -> events.forEach(this::respond));
    }

    private void respond(ReceivedEvent received) {
        try {
            List<Message> messages = router.replyTo(received);
            if (!messages.isEmpty() && received.event() instanceof ReplyEvent r) {
                replier.reply(r.replyToken(), messages);
            }
        } catch (RuntimeException e) {
            log.error("Could not answer event {} of type {}", received.record().eventId(), received.record().type(), e);
        }
    }
}
