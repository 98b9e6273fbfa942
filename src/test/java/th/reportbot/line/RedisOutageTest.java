package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.embedded.RedisServer;
import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.TestRedis;
import th.reportbot.support.Webhooks;

/** The bot with a Redis of this test's own, which the test stops and starts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "line.bot.channel-secret=" + BotTestBase.SECRET,
        "line.bot.channel-token=" + BotTestBase.TOKEN,
        "reportbot.schedule.enabled=false"})
class RedisOutageTest {
    private static final int REDIS_PORT = TestRedis.freePort();
    private static final RedisServer REDIS = TestRedis.newServer(REDIS_PORT);

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

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
}
