package th.reportbot.support;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole bot on a random port, with a real Redis and LINE played by WireMock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Static properties, not dynamic ones: local mode is decided before dynamic property sources exist.
        "line.bot.channel-secret=" + BotTestBase.SECRET,
        "line.bot.channel-token=" + BotTestBase.TOKEN,
        "reportbot.admin-token=" + BotTestBase.ADMIN_TOKEN,
        // Tests that need the schedule tick it themselves, with a clock of their own.
        "reportbot.schedule.enabled=false",
        "reportbot.push.retry-delays=10ms,10ms",
        // Tests post many messages as one member within a minute; HostileInputTest checks the real limit.
        "reportbot.replies-per-member-per-minute=10000",
        // Tests post events dated 2023 to a bot whose clock is today's; events older than the dedupe window are
        // refused (StaleEventsTest checks that with the real window).
        "reportbot.store.dedupe-for=" + BotTestBase.DEDUPE_FOR_TESTS,
        // Spring Boot's tests turn metrics export off; ActuatorAccessTest reads /actuator/prometheus as an operator would.
        "management.prometheus.metrics.export.enabled=true"})
public abstract class BotTestBase {
    public static final String SECRET = "test-channel-secret";
    public static final String TOKEN = "test-channel-token";
    public static final String ADMIN_TOKEN = "test-admin-token";
    /** A dedupe window long enough for the 2023 events of the tests. */
    public static final String DEDUPE_FOR_TESTS = "36500d";

    @LocalServerPort
    protected int port;

    @Autowired
    protected StringRedisTemplate redis;

    /** The replies the bot has queued and not yet sent: rendered and sent off the webhook's thread. */
    @Autowired
    private th.reportbot.line.OutboxBacklog outboxBacklog;

    protected Webhooks webhooks;

    @DynamicPropertySource
    static void botProperties(DynamicPropertyRegistry registry) {
        registry.add("line.bot.api-end-point", FakeLine::url);
        registry.add("spring.data.redis.url", TestRedis::url);
    }

    @BeforeEach
    void cleanSlate() {
        // Delete the bot's keys rather than FLUSHDB: the same code then works on a Redis Cluster too.
        java.util.Set<String> keys = redis.keys("rb:*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
        FakeLine.reset();
        webhooks = new Webhooks(port, SECRET, () -> outboxBacklog.pending() == 0, this::firstEventOf);
    }

    /**
     * Before a test's first event of a chat, the chat is bound to the district, as a district officer's "ผูกอำเภอ"
     * would do (a chat takes part only once bound). The key is written directly so that the chat's history holds only
     * the test's own events. Tests of binding itself return false from {@link #chatsAreBound()}.
     */
    private void firstEventOf(String chatId) {
        if (chatsAreBound()) {
            redis.opsForValue().set("rb:{" + chatId + "}:district", boundDistrictId());
        }
    }

    protected boolean chatsAreBound() {
        return true;
    }

    protected String boundDistrictId() {
        return "ban-lat";
    }

    protected List<MapRecord<String, Object, Object>> history(String chatId) {
        return redis.opsForStream().read(StreamOffset.fromStart("rb:{" + chatId + "}:history"));
    }
}
