package th.reportbot.line;

import java.util.concurrent.Executor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.linecorp.bot.spring.boot.web.configuration.LineBotWebBeans;

/** The SDK's signature validator (from its web module) and the thread pool that talks back to LINE. */
@Configuration(proxyBeanMethods = false)
@Import(LineBotWebBeans.class)
class LineConfiguration {

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
