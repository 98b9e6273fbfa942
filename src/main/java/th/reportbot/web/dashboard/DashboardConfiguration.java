package th.reportbot.web.dashboard;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.reportbot.BotProperties;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    /** Links and the login cookie are signed with {@code reportbot.link-secret}, by default the admin token. */
    @Bean
    LinkSigner linkSigner(BotProperties properties, @Value("${reportbot.link-secret:}") String linkSecret, Clock clock) {
        return new LinkSigner(linkSecret.isBlank() ? properties.adminToken() : linkSecret, clock);
    }
}
