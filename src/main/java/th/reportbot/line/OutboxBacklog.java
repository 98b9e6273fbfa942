package th.reportbot.line;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many replies are on their way: counted from the moment the webhook hands them to the outbox until LINE has
 * answered the reply call (or it failed). Exposed as the {@code reportbot.outbox.backlog} gauge: a backlog that
 * grows means LINE is slow or refusing.
 */
@Component
public class OutboxBacklog {
    private final AtomicInteger backlog = new AtomicInteger();

    OutboxBacklog(MeterRegistry metrics) {
        Gauge.builder("reportbot.outbox.backlog", backlog, AtomicInteger::get)
                .description("replies queued, being written, or waiting for LINE's answer").register(metrics);
    }

    /** Replies handed to the outbox whose call to LINE has not ended yet. */
    public int pending() {
        return backlog.get();
    }

    void begin() {
        backlog.incrementAndGet();
    }

    void end() {
        backlog.decrementAndGet();
    }
}
