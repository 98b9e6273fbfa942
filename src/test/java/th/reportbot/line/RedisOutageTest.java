package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.embedded.RedisServer;
import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.TestRedis;
import th.reportbot.support.Webhooks;

/**
 * The bot with a Redis of this test's own, which the test stops and starts: requests while it is away get 503, and
 * after LINE's redeliveries every event is stored exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "line.bot.channel-secret=" + BotTestBase.SECRET,
        "line.bot.channel-token=" + BotTestBase.TOKEN,
        "reportbot.store.dedupe-for=" + BotTestBase.DEDUPE_FOR_TESTS, // its events are dated 2023
        "reportbot.schedule.enabled=false"})
class RedisOutageTest {
    private static final int REDIS_PORT = TestRedis.freePort();
    private static final RedisServer REDIS = server();

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    /** With the append-only file on, as in production: what Redis acknowledged survives its restart. */
    private static RedisServer server() {
        try {
            Path dir = Files.createTempDirectory("redis-outage");
            return RedisServer.newRedisServer().bind("127.0.0.1").port(REDIS_PORT).setting("dir " + dir)
                    .setting("appendonly yes").setting("appendfsync always").setting("save \"\"")
                    .onShutdownForceStop(true).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        REDIS.start();
        registry.add("line.bot.api-end-point", FakeLine::url);
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + REDIS_PORT);
    }

    @AfterAll
    static void stopRedis() throws IOException {
        REDIS.stop();
    }

    @Test
    void redisDownAnswers503AndTheRedeliveryIsStoredOnce() throws IOException {
        FakeLine.reset();
        Webhooks webhooks = new Webhooks(port, BotTestBase.SECRET);
        String body = Webhooks.body(Webhooks.textEvent("Coutage", "Ua", "OUT1", 1_685_682_000_000L, "อบต.ไร่โคก 210"));

        REDIS.stop();
        HttpResponse<String> whileDown = webhooks.post(body);
        REDIS.start();

        assertThat(whileDown.statusCode()).isEqualTo(503);
        // LINE redelivers until it gets a 200; the client reconnects on its own.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> webhooks.post(body).statusCode() == 200);
        assertThat(webhooks.post(body).statusCode()).isEqualTo(200);

        List<?> history = redis.opsForStream().read(StreamOffset.fromStart("rb:{Coutage}:history"));
        assertThat(history).hasSize(1);
    }

    @Test
    void everyEventIsStoredExactlyOnceAcrossARestart() throws Exception {
        FakeLine.reset();
        Webhooks webhooks = new Webhooks(port, BotTestBase.SECRET);
        List<String> bodies = new ArrayList<>();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean refusedOne = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        Thread restarter = new Thread(() -> {
            try {
                while (sent.get() < 50) { // well into the stream, whatever the JVM's warm-up costs
                    Thread.sleep(10);
                }
                REDIS.stop();
                // Redis stays away until the stream has met the outage, however slow a busy machine makes each post.
                while (!refusedOne.get()) {
                    Thread.sleep(10);
                }
                Thread.sleep(500);
                REDIS.start();
                restarted.set(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        restarter.setDaemon(true);
        restarter.start();

        // The stream goes on through the outage, however long stopping and starting Redis takes, and 50 events past it.
        Set<Integer> refused = new HashSet<>();
        int end = Integer.MAX_VALUE;
        for (int i = 0; i < end; i++) {
            assertThat(i).as("Redis came back within the stream").isLessThan(20_000);
            bodies.add(Webhooks.body(Webhooks.textEvent("Crestart", "U" + (i % 15), "R" + i,
                    1_685_682_000_000L + i, "อบต.ไร่โคก รวม " + (200 + i))));
            int status = webhooks.post(bodies.get(i)).statusCode();
            sent.incrementAndGet();
            if (status != 200) {
                assertThat(status).as("only 503 while Redis is away").isEqualTo(503);
                refused.add(i);
                refusedOne.set(true);
            }
            if (restarted.get() && end == Integer.MAX_VALUE) {
                end = i + 50;
            }
            Thread.sleep(5);
        }
        int count = bodies.size();
        restarter.join();
        assertThat(restarted).isTrue();
        assertThat(refused).as("the restart fell inside the stream").isNotEmpty();

        // LINE redelivers every refused event, several times if it has to, and some accepted ones again too.
        for (int round = 0; round < 50 && !refused.isEmpty(); round++) {
            Thread.sleep(200);
            refused.removeIf(i -> webhooks.post(bodies.get(i)).statusCode() == 200);
        }
        assertThat(refused).as("redelivered until accepted").isEmpty();
        for (int i = 0; i < count; i += 7) {
            assertThat(webhooks.post(bodies.get(i)).statusCode()).isEqualTo(200);
        }

        List<MapRecord<String, Object, Object>> history = redis.opsForStream().read(StreamOffset.fromStart("rb:{Crestart}:history"));
        assertThat(history).hasSize(count);
        assertThat(history.stream().map(e -> e.getValue().get("id")).distinct()).hasSize(count);
    }
}
