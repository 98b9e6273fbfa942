package th.reportbot.line;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many replies are queued or being sent: counted from the moment the webhook hands one to the outbox to the
 * moment it is sent or given up. Exposed as the {@code reportbot.outbox.backlog} gauge: a backlog that grows means
 * LINE is slow or refusing.
 */
@Component
public class OutboxBacklog implements TaskDecorator {
    private final AtomicInteger backlog = new AtomicInteger();

    OutboxBacklog(MeterRegistry metrics) {
        Gauge.builder("reportbot.outbox.backlog", backlog, AtomicInteger::get)
                .description("replies queued or being sent to LINE").register(metrics);
    }

    /** Replies handed to the outbox and not yet sent or given up. */
    public int pending() {
        return backlog.get();
    }

    @Override
    public Runnable decorate(Runnable task) {
        backlog.incrementAndGet(); // on the webhook's thread, before the task is queued
        return () -> {
            try {
                task.run();
            } finally {
                backlog.decrementAndGet();
            }
        };
    }
}
