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

/** The bot on a Redis Cluster follows a failover of the master holding its group's slot and loses no report. */
class ClusterFailoverTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 9, 0);

    @Autowired
    RedisConnectionFactory factory;

    @BeforeAll
    static void needsRedisServer() {
        TestCluster.assumeAvailable();
    }

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        TestCluster.register(registry);
    }

    @Test
    void failoverOfTheGroupsMasterLosesNoAcknowledgedReport() throws Exception {
        assertThat(((LettuceConnectionFactory) factory).getClusterConfiguration()).as("talking to the cluster").isNotNull();
        GroupChat chat = new GroupChat("Cfailover", webhooks, port);
        String[] orgs = {"ทต.บ้านลาด", "อบต.บ้านหาด", "อบต.บ้านทาน", "อบต.ตำหรุ", "อบต.สมอพลือ"};
        for (int i = 0; i < orgs.length; i++) {
            chat.say("U" + i, orgs[i] + " รวม " + (100 + i), FRIDAY.plusMinutes(i));
        }

        int slot = Integer.parseInt(TestCluster.cli(TestCluster.ports().get(0), "cluster", "keyslot", "rb:{Cfailover}:history").trim());
        int replica = replicaOfSlot(slot);
        failover(replica);

        String[] more = {"อบต.ไร่มะขาม", "อบต.ท่าเสน", "อบต.หนองกระเจ็ด"};
        for (int i = 0; i < more.length; i++) {
            // LINE redelivers what got a 503 while the client found the new master; the dedupe keeps it once.
            chat.sayUntilStored("Um" + i, more[i] + " รวม " + (200 + i), FRIDAY.plusHours(1).plusMinutes(i));
        }

        var table = chat.table("2023-06-02", ADMIN_TOKEN);
        assertThat(table.path("reported").asInt()).isEqualTo(8);
        // Every report is kept: the rows' totals (none has a baseline, so the district row counts none of them).
        long stored = 0;
        for (var row : table.path("rows")) {
            stored += row.path("total").asLong(0);
        }
        assertThat(stored).isEqualTo(100 + 101 + 102 + 103 + 104 + 200 + 201 + 202);
    }

    /**
     * Promotes a replica by a manual failover (asked again if Redis lets one time out) and waits until every node
     * sees it as a master. The tests that share the cluster afterwards find the new layout from the nodes.
     */
    private static void failover(int replica) {
        for (int attempt = 0; attempt < 3 && !TestCluster.cli(replica, "role").startsWith("master"); attempt++) {
            assertThat(TestCluster.cli(replica, "cluster", "failover")).contains("OK");
            try {
                await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                        .until(() -> TestCluster.cli(replica, "role").startsWith("master"));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // a manual failover can time out when the replica is not caught up yet: ask again
            }
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                TestCluster.cli(replica, "role").startsWith("master")
                        && TestCluster.ports().stream().allMatch(p -> TestCluster.cli(p, "cluster", "nodes").lines()
                        .anyMatch(l -> l.contains(":" + replica + "@") && l.contains("master"))
                        && TestCluster.cli(p, "cluster", "info").contains("cluster_state:ok")));
    }

    private static boolean servesSlot(String[] fields, int slot) {
        for (int i = 8; i < fields.length; i++) {
            String[] range = fields[i].split("-");
            int lo = Integer.parseInt(range[0]);
            int hi = range.length > 1 ? Integer.parseInt(range[1]) : lo;
            if (slot >= lo && slot <= hi) {
                return true;
            }
        }
        return false;
    }

    /** The port of the replica that serves the slot's master. */
    private static int replicaOfSlot(int slot) {
        String nodes = TestCluster.cli(TestCluster.ports().get(0), "cluster", "nodes");
        String masterId = null;
        for (String line : nodes.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length > 8 && f[2].contains("master") && servesSlot(f, slot)) {
                masterId = f[0];
            }
        }
        for (String line : nodes.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length > 3 && f[2].contains("slave") && f[3].equals(masterId)) {
                return Integer.parseInt(f[1].split("[:@]")[1]);
            }
        }
        throw new IllegalStateException("no replica for slot " + slot + " in\n" + nodes);
    }
}
