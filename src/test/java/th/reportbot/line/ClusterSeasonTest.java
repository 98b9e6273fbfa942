package th.reportbot.line;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.reportbot.support.TestCluster;

/**
 * The scripted season of {@link SeasonTest} against a Redis Cluster of three masters with a replica each (Debian's
 * redis-server, which .ci/run installs): every key of a group carries its hash tag, so each Lua script runs on the
 * node that holds the group's slot.
 */
class ClusterSeasonTest extends SeasonTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.connection.RedisConnectionFactory factory;

    @org.junit.jupiter.api.Test
    void theSeasonRanOnTheCluster() {
        org.assertj.core.api.Assertions.assertThat(
                ((org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory) factory).getClusterConfiguration())
                .isNotNull();
    }

    @BeforeAll
    static void needsRedisServer() {
        TestCluster.assumeAvailable();
    }

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        TestCluster.register(registry);
    }
}
