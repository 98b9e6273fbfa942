package th.reportbot;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Says which setting failed {@link BotProperties}' checks, by the name the README documents. Spring Boot's own report
 * names a record's component in Java's spelling ({@code reportbot.push.maxPerSecond}) and, for nested records, without
 * where the value came from.
 */
class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        ValidationErrors errors = cause.getValidationErrors();
        StringBuilder description = new StringBuilder("A setting is wrong, so the bot did not start:%n".formatted());
        for (ObjectError error : errors.getAllErrors()) {
            if (error instanceof FieldError field) {
                String name = DataObjectPropertyName.toDashedForm(field.getObjectName() + "." + field.getField());
                ConfigurationProperty bound = bound(errors, name);
                Object value = bound != null ? bound.getValue() : field.getRejectedValue();
                Origin origin = bound != null ? bound.getOrigin() : Origin.from(field);
                description.append("%n    Property: %s%n    Value: \"%s\"%n".formatted(name, value));
                if (origin != null) {
                    description.append("    Origin: %s%n".formatted(origin));
                }
            }
            description.append("    Reason: %s%n".formatted(error.getDefaultMessage()));
        }
        return new FailureAnalysis(description.toString(),
                "Correct the setting (environment variable, command-line argument or application.yml); "
                        + "README.md, \"Configuration\", lists every setting with its default.", cause);
    }

    private static ConfigurationProperty bound(ValidationErrors errors, String name) {
        ConfigurationPropertyName wanted = ConfigurationPropertyName.adapt(name, '.');
        for (ConfigurationProperty property : errors.getBoundProperties()) {
            if (property.getName().equals(wanted)) {
                return property;
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before Spring Boot's BindValidationFailureAnalyzer
    }
}
