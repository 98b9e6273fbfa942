package th.reportbot.line;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Body bytes held at once by webhook requests still arriving. Bodies are read without a thread each, so nothing
 * else bounds how many are in memory together: many strangers each sending most of a body would fill the heap.
 */
final class BodyBudget {
    private final long limit;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} from the budget; false, taking nothing, when they do not fit. */
    boolean take(long bytes) {
        long now = held.addAndGet(bytes);
        if (now > limit) {
            held.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }
}
