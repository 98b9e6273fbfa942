package th.reportbot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import th.reportbot.support.TestRedis;

class EmbeddedRedisTest {
    @TempDir
    Path dataDir;

    @Test
    void restartKeepsWhatWasStored() throws Exception {
        int port = TestRedis.freePort();
        EmbeddedRedis first = new EmbeddedRedis(port, dataDir);
        first.start();
        try {
            withRedis(port, redis -> redis.opsForValue().set("kept", "yes"));
        } finally {
            first.close();
        }

        EmbeddedRedis second = new EmbeddedRedis(port, dataDir);
        second.start();
        try {
            withRedis(port, redis -> assertThat(redis.opsForValue().get("kept")).isEqualTo("yes"));
        } finally {
            second.close();
        }
        assertThat(dataDir).isNotEmptyDirectory();
    }

    private static void withRedis(int port, java.util.function.Consumer<StringRedisTemplate> work) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        try {
            work.accept(new StringRedisTemplate(factory));
        } finally {
            factory.destroy();
        }
    }
}
