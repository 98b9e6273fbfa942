package th.reportbot.line;

import java.util.concurrent.Executor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.linecorp.bot.client.base.channel.ChannelTokenSupplier;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;
import com.linecorp.bot.spring.boot.web.configuration.LineBotWebBeans;

import th.reportbot.BotProperties;

/** The webhook's servlet, the SDK's signature validator (from its web module) and the thread pool that talks back to LINE. */
@Configuration(proxyBeanMethods = false)
@Import(LineBotWebBeans.class)
class LineConfiguration {

    /**
     * The SDK's client as its auto-configuration builds it, but allowed more requests at once to LINE's one host than
     * OkHttp's default five: on a busy Friday replies queue behind each other otherwise.
     */
    @Bean
    @ConditionalOnProperty(name = "reportbot.local-mode", havingValue = "false", matchIfMissing = true)
    MessagingApiClient messagingApiClient(ChannelTokenSupplier token, LineBotProperties line,
                                          BotProperties properties) {
        int maxRequests = properties.line().maxRequests();
        return (MessagingApiClient) MessagingApiClient.builder(token)
                .apiEndPoint(line.apiEndPoint())
                .connectTimeout(line.connectTimeout())
                .readTimeout(line.readTimeout())
                .writeTimeout(line.writeTimeout())
                .maxRequests(maxRequests)
                .maxRequestsPerHost(maxRequests)
                .usingDefaultLogger(false) // its wire log would carry members' messages and the token
                .build();
    }

    /** The webhook: a servlet of its own at /callback (an exact path wins over Spring MVC's "/"), reading bodies without blocking. */
    @Bean
    ServletRegistrationBean<CallbackServlet> callbackServlet(WebhookHandler handler, BotProperties properties,
                                                             LineBotProperties line) {
        ServletRegistrationBean<CallbackServlet> registration =
                new ServletRegistrationBean<>(new CallbackServlet(handler, properties.webhook(), line.channelSecret()), "/callback");
        registration.setName("lineWebhook");
        registration.setAsyncSupported(true);
        registration.setLoadOnStartup(1);
        return registration;
    }

    /** Replies are built and sent here, off the webhook's request thread. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor lineOutbox() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("line-outbox-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(10_000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }
}
