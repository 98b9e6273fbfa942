package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.TestRedis;
import th.reportbot.support.Webhooks;

/**
 * The bot, as its own process, killed with SIGKILL in the middle of a stream of webhooks and started again: every
 * event that got a 200 is in Redis exactly once after LINE's redeliveries, and so is every event that got none.
 */
class BotKilledUnderLoadTest {
    private volatile Process bot;
    private LettuceConnectionFactory factory;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.destroyForcibly();
        }
        if (factory != null) {
            factory.destroy();
        }
    }

    @Test
    void killedAndRestartedLosesAndDuplicatesNothing() throws Exception {
        FakeLine.reset();
        int port = TestRedis.freePort();
        bot = startBot(port);
        Webhooks webhooks = new Webhooks(port, BotTestBase.SECRET);
        String group = "Ckill" + System.nanoTime();
        int count = 200;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(Webhooks.body(Webhooks.textEvent(group, "U" + (i % 15), group + "-" + i, 1_685_682_000_000L + i,
                    "อบต.ไร่โคก รวม " + (200 + i))));
        }

        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Thread killer = new Thread(() -> {
            try {
                while (done.get() < 40) { // well into the stream
                    Thread.sleep(5);
                }
                bot.destroyForcibly().waitFor(); // SIGKILL, while requests are in flight: no shutdown of any kind
                bot = startBot(port);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        killer.start();
        Set<Integer> unanswered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            Thread sender = new Thread(() -> {
                for (int i = first; i < count; i += 4) {
                    if (!accepted(webhooks, bodies.get(i))) {
                        unanswered.add(i);
                    }
                    done.incrementAndGet();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        killer.join();
        assertThat(unanswered).as("the kill fell inside the stream").isNotEmpty();
        for (int round = 0; round < 100 && !unanswered.isEmpty(); round++) {
            Thread.sleep(200);
            unanswered.removeIf(i -> accepted(webhooks, bodies.get(i)));
        }
        assertThat(unanswered).as("every event eventually accepted").isEmpty();
        for (int i = 0; i < count; i += 5) {
            assertThat(accepted(webhooks, bodies.get(i))).as("redelivered again").isTrue();
        }

        StringRedisTemplate redis = redis();
        var history = redis.opsForStream().read(StreamOffset.fromStart("rb:{" + group + "}:history"));
        assertThat(history).hasSize(count);
        assertThat(history.stream().map(e -> e.getValue().get("id")).distinct()).hasSize(count);
    }

    private static boolean accepted(Webhooks webhooks, String body) {
        try {
            return webhooks.post(body).statusCode() == 200;
        } catch (RuntimeException e) {
            return false; // the bot was down: LINE sees a failed delivery and redelivers
        }
    }

    /** The bot in a JVM of its own, with the tests' classpath, the tests' Redis and LINE played by WireMock. */
    private static Process startBot(int port) throws Exception {
        Path log = Files.createTempFile("killed-bot", ".log");
        Process p = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "th.reportbot.ReportBotApplication",
                "--server.port=" + port, "--line.bot.channel-secret=" + BotTestBase.SECRET,
                "--line.bot.channel-token=" + BotTestBase.TOKEN, "--line.bot.api-end-point=" + FakeLine.url(),
                "--spring.data.redis.url=" + TestRedis.url(), "--reportbot.schedule.enabled=false",
                "--reportbot.store.dedupe-for=" + BotTestBase.DEDUPE_FOR_TESTS,
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build();
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return p;
                }
            } catch (java.io.IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the bot did not start; see " + log);
    }

    private StringRedisTemplate redis() {
        URI uri = URI.create(TestRedis.url());
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
        factory.afterPropertiesSet();
        factory.start();
        return new StringRedisTemplate(factory);
    }
}
