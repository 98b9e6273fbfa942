package th.reportbot.line;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;

import th.reportbot.BotProperties;

/**
 * Pushes to a group (each push costs the channel's quota one message per member). Every push carries a retry key, so
 * LINE accepts it once however often it is sent; it is retried with backoff on 5xx and time-outs, never on a 4xx.
 */
@Component
public class LinePusher {
    private static final Logger log = LoggerFactory.getLogger(LinePusher.class);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private final ObjectProvider<MessagingApiClient> client;
    private final List<Duration> retryDelays;
    private final long nanosBetweenPushes;
    private long nextPushAt;

    /** Retry delays and the pushes-per-second limit come from {@code reportbot.push.*} ({@link BotProperties.Push}). */
    LinePusher(ObjectProvider<MessagingApiClient> client, BotProperties properties) {
        this.client = client;
        this.retryDelays = List.copyOf(properties.push().retryDelays());
        this.nanosBetweenPushes = 1_000_000_000L / Math.max(1, properties.push().maxPerSecond());
    }

    /** Waits for this push's turn under the rate limit. */
    private void pace() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            nextPushAt = Math.max(nextPushAt, now);
            wait = nextPushAt - now;
            nextPushAt += nanosBetweenPushes;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    public PushOutcome push(String to, List<Message> messages, UUID retryKey) {
        for (int attempt = 0; ; attempt++) {
            try {
                pace();
                client.getObject().pushMessage(retryKey, new PushMessageRequest(to, messages, false, null))
                        .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
                return PushOutcome.SENT;
            } catch (ExecutionException e) {
                int code = e.getCause() instanceof AbstractLineClientException line ? line.getCode() : -1;
                if (code == 409) {
                    return PushOutcome.ALREADY_SENT;
                }
                if (code == 429) {
                    log.warn("LINE refused a push to {}: monthly message quota exhausted (429)", to);
                    return PushOutcome.QUOTA_EXHAUSTED;
                }
                if (code >= 400 && code < 500) {
                    log.error("LINE refused a push to {} with {}: {}", to, code, e.getCause().getMessage());
                    return PushOutcome.REFUSED;
                }
                log.warn("Push to {} failed (attempt {}): {}", to, attempt + 1,
                        code > 0 ? "LINE answered " + code : describe(e.getCause()));
            } catch (TimeoutException e) {
                log.warn("Push to {} not answered within {} (attempt {})", to, ANSWER_WITHIN, attempt + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PushOutcome.UNAVAILABLE;
            }
            if (attempt >= retryDelays.size()) {
                return PushOutcome.UNAVAILABLE;
            }
            try {
                Thread.sleep(retryDelays.get(attempt).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PushOutcome.UNAVAILABLE;
            }
        }
    }

    private static String describe(Throwable t) {
        return t instanceof IOException ? "no answer (" + t.getClass().getSimpleName() + ")" : String.valueOf(t);
    }
}
