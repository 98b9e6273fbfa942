package th.reportbot.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;

/** Pushes LINE has received and holds unanswered until the test releases them (see {@link FakeLine#holdPushes()}). */
public final class PushHold implements AutoCloseable {
    /** A broken test must fail rather than hang: a push is answered after this however the test went. */
    private static final Duration AT_MOST = Duration.ofSeconds(20);

    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();

    PushHold() {
    }

    /** Called on WireMock's thread for each push: blocks it until released. */
    void hold() {
        held.incrementAndGet();
        try {
            released.await(AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until LINE has received this many pushes (and answered none of them). */
    public void awaitHeld(int pushes) {
        Awaitility.await("LINE holds " + pushes + " push(es)").atMost(AT_MOST).until(() -> held.get() >= pushes);
    }

    public int held() {
        return held.get();
    }

    /** LINE answers the held pushes, and every later one at once. */
    public void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
    }
}
