package th.reportbot.local;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;

import th.reportbot.BotProperties;
import th.reportbot.Rosters;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = LocalModeEnvironment.LOCAL_MODE, havingValue = "true")
class LocalModeConfiguration {

    /** Creates the data folder: only once the rosters have loaded, so a wrong configuration leaves nothing behind. */
    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = LocalModeEnvironment.EMBEDDED_REDIS_PORT)
    @DependsOn(Rosters.BEAN)
    EmbeddedRedis embeddedRedis(BotProperties properties) throws IOException {
        return new EmbeddedRedis(properties.local().embeddedRedisPort(), properties.local().dataDir());
    }

    @Bean
    SimulatorChat simulatorChat() {
        return new SimulatorChat();
    }

    @Bean
    SimulatedWebhook simulatedWebhook(LineSignatureValidator signatures, Environment env, Clock clock) {
        return new SimulatedWebhook(signatures, env, clock);
    }

    /** The Redis connection must not be opened before the embedded server runs. */
    @Bean
    static BeanFactoryPostProcessor redisAfterEmbeddedServer() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition("embeddedRedis")
                    && beanFactory.containsBeanDefinition("redisConnectionFactory")) {
                BeanDefinition factory = beanFactory.getBeanDefinition("redisConnectionFactory");
                factory.setDependsOn("embeddedRedis");
            }
        };
    }

    /**
     * LINE's API, answered by {@link LocalLineApiController} in this same process. Built on first use, once the web
     * server knows its port.
     */
    @Bean
    @Lazy
    MessagingApiClient messagingApiClient(LineBotProperties line, Environment env) {
        String port = env.getRequiredProperty("local.server.port");
        return (MessagingApiClient) MessagingApiClient.builder(line.channelToken())
                .apiEndPoint(URI.create("http://127.0.0.1:" + port + "/"))
                .build();
    }
}
