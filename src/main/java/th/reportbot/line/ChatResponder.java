package th.reportbot.line;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;

import th.reportbot.chat.ChatRenderer;
import th.reportbot.chat.Reply;

/**
 * Renders and sends replies on the outbox thread pool, so the webhook returns as soon as events are stored. Rendering
 * reads nothing: a {@link Reply} carries all it says.
 */
@Component
class ChatResponder {
    private static final Logger log = LoggerFactory.getLogger(ChatResponder.class);

    /** A reply waiting for its turn, with the single-use token LINE gave the event. */
    record Pending(String eventId, String chatId, String userId, String replyToken, Reply reply) {
    }

    private final LineReplier replier;
    private final ThreadPoolTaskExecutor outbox;
    private final ReplyLimiter limiter;
    private final ChatRenderer renderer;
    private final OutboxBacklog backlog;

    ChatResponder(LineReplier replier, ThreadPoolTaskExecutor lineOutbox, ReplyLimiter limiter, ChatRenderer renderer,
                  OutboxBacklog backlog) {
        this.backlog = backlog;
        this.replier = replier;
        this.outbox = lineOutbox;
        this.limiter = limiter;
        this.renderer = renderer;
    }

    void respondTo(List<Pending> pending) {
        List<Pending> answered = pending.stream()
                .filter(p -> p.reply() != Reply.NONE && p.replyToken() != null)
                .map(this::limited)
                .filter(p -> p.reply() != Reply.NONE)
                .toList();
        if (!answered.isEmpty()) {
            answered.forEach(p -> backlog.begin()); // counted before the webhook answers: one per reply
            outbox.execute(() -> answered.forEach(this::respond));
        }
    }

    private Pending limited(Pending p) {
        return switch (limiter.decide(p.chatId(), p.userId())) {
            case REPLY -> p;
            case NOTICE -> {
                log.warn("Replies to a member of {} paused for a minute: too many messages", p.chatId());
                yield new Pending(p.eventId(), p.chatId(), p.userId(), p.replyToken(), Reply.Sentence.of("rate.notice"));
            }
            case SILENT -> new Pending(p.eventId(), p.chatId(), p.userId(), p.replyToken(), Reply.NONE);
        };
    }

    private void respond(Pending p) {
        try {
            List<Message> messages = renderer.render(p.reply());
            replier.reply(p.replyToken(), messages).whenComplete((result, error) -> backlog.end());
        } catch (RuntimeException e) {
            backlog.end();
            log.error("Could not answer event {}: {}", p.eventId(), e.toString());
        }
    }
}
