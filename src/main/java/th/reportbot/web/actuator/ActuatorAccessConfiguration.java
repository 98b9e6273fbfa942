package th.reportbot.web.actuator;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.reportbot.BotProperties;

/** The gate in front of the actuator on the application's port (see {@link ManagementPortAccess} for its own port). */
@Configuration(proxyBeanMethods = false)
class ActuatorAccessConfiguration {

    @Bean
    FilterRegistrationBean<ActuatorGate> actuatorGate(BotProperties properties) {
        return gate(properties, false);
    }

    static FilterRegistrationBean<ActuatorGate> gate(BotProperties properties, boolean managementPort) {
        FilterRegistrationBean<ActuatorGate> registration =
                new FilterRegistrationBean<>(new ActuatorGate(properties.adminToken(), managementPort));
        registration.addUrlPatterns("/actuator", "/actuator/*");
        return registration;
    }
}
