package th.reportbot.web.dashboard;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.reportbot.BotProperties;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    /** Links and the login cookie are signed with {@code reportbot.link-secret}, by default the admin token. */
    @Bean
    LinkSigner linkSigner(BotProperties properties, Clock clock) {
        return new LinkSigner(properties.linkSecretOrAdminToken(), clock);
    }
}
