package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.GroupChat;
import th.reportbot.support.TestCluster;
import th.reportbot.support.TestSentinel;

/** The bot behind Redis Sentinel follows a failover to the replica and loses no acknowledged report. */
class SentinelFailoverTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 9, 0);

    @Autowired
    RedisConnectionFactory factory;

    @BeforeAll
    static void needsRedisServer() {
        TestCluster.assumeAvailable();
    }

    @DynamicPropertySource
    static void sentinel(DynamicPropertyRegistry registry) {
        TestSentinel.register(registry);
    }

    @Test
    void failoverToTheReplicaLosesNoAcknowledgedReport() throws Exception {
        assertThat(((LettuceConnectionFactory) factory).getSentinelConfiguration()).as("talking through Sentinel").isNotNull();
        GroupChat chat = new GroupChat("Csentinel", webhooks, port);
        String[] orgs = {"ทต.บ้านลาด", "อบต.บ้านหาด", "อบต.บ้านทาน"};
        for (int i = 0; i < orgs.length; i++) {
            chat.say("U" + i, orgs[i] + " รวม " + (100 + i), FRIDAY.plusMinutes(i));
        }
        int before = TestSentinel.masterPort();
        int promoted = TestSentinel.dataPorts().stream().filter(p -> p != before).findFirst().orElseThrow();

        assertThat(TestCluster.cli(TestSentinel.sentinelPort(), "sentinel", "failover", TestSentinel.MASTER_NAME)).contains("OK");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                TestSentinel.masterPort() == promoted && TestCluster.cli(promoted, "role").startsWith("master"));

        String[] more = {"อบต.ตำหรุ", "อบต.สมอพลือ"};
        for (int i = 0; i < more.length; i++) {
            // LINE redelivers what got a 503 while the client found the new master; the dedupe keeps it once.
            chat.sayUntilStored("Um" + i, more[i] + " รวม " + (200 + i), FRIDAY.plusHours(1).plusMinutes(i));
        }

        var table = chat.table("2023-06-02", ADMIN_TOKEN);
        assertThat(table.path("reported").asInt()).isEqualTo(5);
        // Every report is kept: the rows' totals (none has a baseline, so the district row counts none of them).
        long stored = 0;
        for (var row : table.path("rows")) {
            stored += row.path("total").asLong(0);
        }
        assertThat(stored).isEqualTo(100 + 101 + 102 + 200 + 201);
        assertThat(TestCluster.cli(promoted, "exists", "rb:{Csentinel}:history")).contains("1");
    }
}
