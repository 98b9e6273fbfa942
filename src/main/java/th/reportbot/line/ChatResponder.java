package th.reportbot.line;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;

/** Renders and sends replies on the outbox thread pool, so the webhook returns as soon as events are stored. */
@Component
class ChatResponder {
    private static final Logger log = LoggerFactory.getLogger(ChatResponder.class);

    /** A reply waiting for its turn, with the single-use token LINE gave the event. */
    record Pending(String eventId, String replyToken, Reply reply) {
    }

    private final LineReplier replier;
    private final ThreadPoolTaskExecutor outbox;

    ChatResponder(LineReplier replier, ThreadPoolTaskExecutor lineOutbox) {
        this.replier = replier;
        this.outbox = lineOutbox;
    }

    void respondTo(List<Pending> pending) {
        List<Pending> answered = pending.stream().filter(p -> p.reply() != Reply.NONE && p.replyToken() != null).toList();
        if (!answered.isEmpty()) {
            outbox.execute(() -> answered.forEach(this::respond));
        }
    }

    private void respond(Pending p) {
        try {
            List<Message> messages = p.reply().render();
            replier.reply(p.replyToken(), messages);
        } catch (RuntimeException e) {
            log.error("Could not answer event {}: {}", p.eventId(), e.toString());
        }
    }
}
