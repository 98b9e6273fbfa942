package th.reportbot.web.actuator;

import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import th.reportbot.BotProperties;

/**
 * The same gate in the management port's own context (listed in
 * META-INF/spring/…ManagementContextConfiguration.imports), where it trusts every request.
 * <p>
 * Component scanning also finds this class for the application's context. The condition keeps it out of there when
 * the actuator shares the application's port; with a port of its own, the application's port serves no actuator.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementPortAccess {

    @Bean
    FilterRegistrationBean<ActuatorGate> managementPortGate(BotProperties properties) {
        return ActuatorAccessConfiguration.gate(properties, true);
    }
}
