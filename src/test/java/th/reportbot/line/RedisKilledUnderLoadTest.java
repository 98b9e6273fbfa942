package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.CrashableRedis;
import th.reportbot.support.FakeLine;
import th.reportbot.support.Webhooks;

/**
 * Redis killed with SIGKILL under a stream of webhooks and started again on the same directory: every event the bot
 * answered 200 is there. Run with {@code -Dreportbot.test.appendfsync=everysec} to see what the guarantee rests on:
 * Redis then answers before the append-only file is on disk, and this test loses acknowledged events some of the
 * time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "line.bot.channel-secret=" + BotTestBase.SECRET,
        "line.bot.channel-token=" + BotTestBase.TOKEN,
        "reportbot.store.dedupe-for=" + BotTestBase.DEDUPE_FOR_TESTS, // its events are dated 2023
        "reportbot.schedule.enabled=false",
        "reportbot.replies-per-member-per-minute=1000000"})
class RedisKilledUnderLoadTest {
    private static final CrashableRedis REDIS =
            new CrashableRedis(System.getProperty("reportbot.test.appendfsync", "always"));
    private static final int SENDERS = 6;
    /** Acknowledged events before the disk turns slow: the bot is warm and the stream in full flow by then. */
    private static final int BEFORE_KILL = 200;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        REDIS.start();
        registry.add("line.bot.api-end-point", FakeLine::url);
        registry.add("spring.data.redis.url", REDIS::url);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Test
    void everyAcknowledgedEventSurvivesRedisKilledMidStream() throws Exception {
        FakeLine.reset();
        Webhooks webhooks = new Webhooks(port, BotTestBase.SECRET);
        String run = "Ccrash" + System.nanoTime();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refusedAfterKill = ConcurrentHashMap.newKeySet();
        CountDownLatch enoughAcknowledged = new CountDownLatch(BEFORE_KILL);
        AtomicBoolean killed = new AtomicBoolean();

        // Each sender is one group's members posting back to back; it stops a little after its first refusal.
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            String group = run + "g" + s;
            Thread sender = new Thread(() -> {
                int refusalsAfterKill = 0;
                for (int i = 0; refusalsAfterKill < 3 && i < 1_000_000; i++) {
                    String id = group + "-" + i;
                    String body = Webhooks.body(Webhooks.textEvent(group, "U" + (i % 15), id,
                            1_685_682_000_000L + i, "อบต.ไร่โคก รวม " + (200 + i)));
                    if (accepted(webhooks, body)) {
                        acknowledged.add(id);
                        enoughAcknowledged.countDown();
                    } else if (killed.get()) {
                        refusedAfterKill.add(id);
                        refusalsAfterKill++;
                    }
                }
            });
            sender.start();
            senders.add(sender);
        }

        assertThat(enoughAcknowledged.await(120, TimeUnit.SECONDS)).as("the bot acknowledged events before the kill")
                .isTrue();
        // A slow disk for the last seconds before the kill, as on a loaded server (see redis/slow-fsync.c); events
        // keep being acknowledged meanwhile, and those are the ones at stake.
        REDIS.slowDisk(true);
        Thread.sleep(2_500);
        REDIS.kill();
        killed.set(true);
        REDIS.slowDisk(false);
        for (Thread sender : senders) {
            sender.join(60_000);
        }
        assertThat(refusedAfterKill).as("the kill fell inside the stream: requests after it were refused").isNotEmpty();

        REDIS.start();
        Set<String> stored = storedEventIds(run);
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertThat(lost).as("events answered 200 but gone after Redis was killed and restarted (%s, %d acknowledged)",
                REDIS.describe(), acknowledged.size()).isEmpty();
    }

    private static boolean accepted(Webhooks webhooks, String body) {
        try {
            return webhooks.post(body).statusCode() == 200;
        } catch (RuntimeException e) {
            return false; // no answer: LINE counts a failed delivery and redelivers
        }
    }

    /** The ids in every group's history stream, read with a client of the test's own. */
    private static Set<String> storedEventIds(String run) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", REDIS.port()));
        factory.afterPropertiesSet();
        factory.start();
        try {
            StringRedisTemplate redis = new StringRedisTemplate(factory);
            Set<String> ids = new HashSet<>();
            for (int s = 0; s < SENDERS; s++) {
                var history = redis.opsForStream().read(StreamOffset.fromStart("rb:{" + run + "g" + s + "}:history"));
                history.forEach(entry -> ids.add(String.valueOf(entry.getValue().get("id"))));
            }
            return ids;
        } finally {
            factory.destroy();
        }
    }
}
