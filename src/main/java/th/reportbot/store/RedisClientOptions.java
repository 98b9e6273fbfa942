package th.reportbot.store;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.cluster.ClusterClientOptions;

import org.springframework.boot.autoconfigure.data.redis.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisClientOptions {

    /**
     * While Redis is unreachable, fail commands at once instead of queueing them until the command timeout: the
     * webhook must answer 503 well inside LINE's 2 seconds so that LINE redelivers.
     */
    @Bean
    LettuceClientConfigurationBuilderCustomizer rejectCommandsWhileDisconnected() {
        return builder -> builder.clientOptions(ClusterClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build());
    }
}
