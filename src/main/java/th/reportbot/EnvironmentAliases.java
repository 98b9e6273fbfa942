package th.reportbot;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Environment variables the README documents that Spring's relaxed binding would not map to their property (it maps
 * {@code REPORTBOT_LOCAL_DATADIR}, not {@code REPORTBOT_DATA_DIR}). They rank just below the real environment, so the
 * canonical name, a system property or a command-line argument still wins.
 */
public class EnvironmentAliases implements EnvironmentPostProcessor {
    /** variable → property */
    static final Map<String, String> ALIASES = Map.of("REPORTBOT_DATA_DIR", "reportbot.local.data-dir");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String systemEnvironment = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        PropertySource<?> variables = env.getPropertySources().get(systemEnvironment);
        if (variables == null) {
            return;
        }
        Map<String, Object> aliased = new HashMap<>();
        ALIASES.forEach((variable, property) -> {
            Object value = variables.getProperty(variable);
            if (value != null) {
                aliased.put(property, value);
            }
        });
        if (!aliased.isEmpty()) {
            env.getPropertySources().addAfter(systemEnvironment, new MapPropertySource("environmentAliases", aliased));
        }
    }
}
