package th.reportbot.line;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import th.reportbot.BotProperties;

/**
 * Pushes to a group (each push costs the channel's quota one message per member). Every push carries a retry key, so
 * LINE accepts it once however often it is sent; it is retried on 5xx and time-outs, never on a 4xx, after the
 * delays of {@code reportbot.push.retry-delays}. Nothing here blocks the caller: the pacing and the waits between
 * attempts are scheduled on a small timer, and the answer is a future.
 */
@Component
public class LinePusher implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(LinePusher.class);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private final ObjectProvider<MessagingApiClient> client;
    private final Retry retry;
    private final long nanosBetweenPushes;
    private long nextPushAt;
    /** Waits out the pacing and the retry delays; LINE's answers arrive on the HTTP client's own threads. */
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "line-push-timer");
        thread.setDaemon(true);
        return thread;
    });

    /** Retry delays and the pushes-per-second limit come from {@code reportbot.push.*} ({@link BotProperties.Push}). */
    LinePusher(ObjectProvider<MessagingApiClient> client, BotProperties properties) {
        this.client = client;
        this.retry = Retry.of("line-push", retryPolicy(List.copyOf(properties.push().retryDelays())));
        this.nanosBetweenPushes = 1_000_000_000L / Math.max(1, properties.push().maxPerSecond());
    }

    /** One attempt, then one more after each delay, as long as LINE failed or did not answer. */
    private static RetryConfig retryPolicy(List<Duration> delays) {
        return RetryConfig.custom()
                .maxAttempts(delays.size() + 1)
                .intervalBiFunction((attempt, failure) -> delays.get(attempt - 1).toMillis())
                .retryOnException(LinePusher::worthRetrying)
                .build();
    }

    /** @return how the push ended, once every attempt it needed is over */
    public CompletableFuture<PushOutcome> push(String to, List<Message> messages, UUID retryKey) {
        AtomicInteger attempts = new AtomicInteger();
        return retry.executeCompletionStage(timer, () -> attempt(to, messages, retryKey, attempts.incrementAndGet()))
                .handleAsync((sent, failure) -> failure == null ? PushOutcome.SENT : outcome(to, failure, attempts.get()),
                        timer)
                .toCompletableFuture();
    }

    private CompletableFuture<Object> attempt(String to, List<Message> messages, UUID retryKey, int attempt) {
        return turn().thenCompose(ready -> client.getObject()
                        .pushMessage(retryKey, new PushMessageRequest(to, messages, false, null))
                        .orTimeout(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .<Object>thenApply(result -> result)
                .whenComplete((result, failure) -> {
                    if (failure != null && worthRetrying(failure)) {
                        log.warn("Push to {} failed (attempt {}): {}", to, attempt, describe(unwrap(failure)));
                    }
                });
    }

    /** Completes when this push's turn under the rate limit has come. */
    private CompletableFuture<Void> turn() {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            nextPushAt = Math.max(nextPushAt, now);
            wait = nextPushAt - now;
            nextPushAt += nanosBetweenPushes;
        }
        CompletableFuture<Void> turn = new CompletableFuture<>();
        if (wait > 0) {
            timer.schedule(() -> turn.complete(null), wait, TimeUnit.NANOSECONDS);
        } else {
            turn.complete(null);
        }
        return turn;
    }

    private static PushOutcome outcome(String to, Throwable failure, int attempts) {
        Throwable cause = unwrap(failure);
        int code = code(cause);
        if (code == 409) {
            return PushOutcome.ALREADY_SENT;
        }
        if (code == 429) {
            log.warn("LINE refused a push to {}: monthly message quota exhausted (429)", to);
            return PushOutcome.QUOTA_EXHAUSTED;
        }
        if (code >= 400 && code < 500) {
            log.error("LINE refused a push to {} with {}: {}", to, code, cause.getMessage());
            return PushOutcome.REFUSED;
        }
        log.warn("Push to {} given up for now after {} attempts: {}", to, attempts, describe(cause));
        return PushOutcome.UNAVAILABLE;
    }

    /** LINE's 4xx answers are final (a 409 and a 429 included); anything else may go through next time. */
    private static boolean worthRetrying(Throwable failure) {
        int code = code(unwrap(failure));
        return code < 400 || code >= 500;
    }

    private static int code(Throwable cause) {
        return cause instanceof AbstractLineClientException line ? line.getCode() : -1;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        int code = code(t);
        if (code > 0) {
            return "LINE answered " + code;
        }
        if (t instanceof TimeoutException) {
            return "not answered within " + ANSWER_WITHIN;
        }
        return t instanceof IOException ? "no answer (" + t.getClass().getSimpleName() + ")" : String.valueOf(t);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
