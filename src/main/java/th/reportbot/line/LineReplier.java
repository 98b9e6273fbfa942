package th.reportbot.line;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;

/** Sends replies through the reply token (free of quota). A failed reply is logged, never retried: tokens are single-use. */
@Component
class LineReplier {
    private static final Logger log = LoggerFactory.getLogger(LineReplier.class);

    // Looked up on use: in local mode the client is built only once the web server knows its port.
    private final ObjectProvider<MessagingApiClient> client;

    LineReplier(ObjectProvider<MessagingApiClient> client) {
        this.client = client;
    }

    /** Sends the reply; the future ends when LINE has answered the call, or it failed (already logged). */
    CompletableFuture<?> reply(String replyToken, List<Message> messages) {
        if (replyToken == null || replyToken.isBlank() || messages.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return client.getObject()
                .replyMessage(new ReplyMessageRequest(replyToken, messages, false))
                .whenComplete((result, error) -> {
                    if (error != null) {
                        log.warn("LINE refused or did not answer a reply: {}", error.getMessage());
                    } else {
                        log.debug("Reply sent, request id {}", result.requestId());
                    }
                });
    }
}
