package th.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * README.md's "Configuration" table is the operator's list of settings: it must match {@link BotProperties}. Every
 * setting of the tree has a row with the same default, every {@code reportbot.*} row is a setting, and every documented
 * environment variable really sets its property. (The LINE, Redis and server rows are Spring's or the SDK's settings.)
 */
class ConfigurationTableTest {
    /** Set by the bot itself ({@code LocalModeEnvironment}), never by an operator, so not in the README. */
    private static final Set<String> SET_BY_THE_BOT = Set.of("reportbot.local-mode", "reportbot.local.embedded-redis-port");

    /** One row of the table; cells as written, without the backticks around property and variable. */
    record Row(String property, String variable, String defaultText) {
    }

    /** One leaf of the tree; {@code defaultText} as given in {@code @DefaultValue}, null when there is none. */
    record Setting(String property, String defaultText) {
    }

    @Test
    void everySettingOfTheTreeHasARowWithTheSameDefault() throws IOException {
        Map<String, Row> rows = readmeRows().stream().collect(Collectors.toMap(Row::property, Function.identity()));
        SoftAssertions softly = new SoftAssertions();
        for (Setting setting : tree()) {
            if (SET_BY_THE_BOT.contains(setting.property())) {
                softly.assertThat(rows).as("set by the bot, not documented").doesNotContainKey(setting.property());
                continue;
            }
            Row row = rows.get(setting.property());
            softly.assertThat(row).as(setting.property() + " in README.md's configuration table").isNotNull();
            if (row == null) {
                continue;
            }
            if (setting.defaultText() == null || setting.defaultText().isBlank()) {
                // No default value in the tree: the README says in words what happens (none, or a computed one such
                // as the link secret's fallback to the admin token, tested in ConfigurationValidationTest).
                softly.assertThat(row.defaultText()).as(setting.property() + ": a default described in words")
                        .doesNotStartWith("`");
            } else {
                softly.assertThat(row.defaultText()).as(setting.property() + "'s default")
                        .isEqualTo("`" + setting.defaultText() + "`");
            }
        }
        softly.assertAll();
    }

    @Test
    void everyReportbotRowIsASettingOfTheTree() throws IOException {
        Set<String> tree = tree().stream().map(Setting::property).collect(Collectors.toSet());
        List<String> documented = readmeRows().stream().map(Row::property).filter(p -> p.startsWith("reportbot."))
                .toList();
        assertThat(documented).isNotEmpty();
        assertThat(tree).containsAll(documented);
    }

    @Test
    void everyDocumentedVariableSetsItsProperty() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : readmeRows()) {
            if (row.property().startsWith("reportbot.")) {
                softly.assertThat(valueOfPropertyWhenOnlySet(row.variable(), row.property()))
                        .as("%s sets %s", row.variable(), row.property()).isEqualTo("set-by-" + row.variable());
            }
        }
        softly.assertAll();
    }

    @Test
    void theTreeIsReadAsTheDocumentedNames() {
        assertThat(tree()).extracting(Setting::property)
                .contains("reportbot.roster-files", "reportbot.push.retry-delays", "reportbot.store.dedupe-for")
                .contains("reportbot.schedule.first-tick");
        assertThat(tree()).contains(new Setting("reportbot.push.retry-delays", "2s,10s,30s"),
                new Setting("reportbot.link-secret", null));
    }

    /** The property as the bot binds it, in an environment holding only this one variable (and its aliases). */
    private static String valueOfPropertyWhenOnlySet(String variable, String property) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of(variable, "set-by-" + variable)));
        new EnvironmentAliases().postProcessEnvironment(env, null);
        return Binder.get(env).bind(property, String.class).orElse(null);
    }

    private static List<Row> readmeRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Configuration");
        assertThat(start).as("README.md has a Configuration section").isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                rows.add(new Row(unquote(cells[1]), unquote(cells[2]), cells[3].trim()));
            }
        }
        return rows;
    }

    private static String unquote(String cell) {
        String s = cell.trim();
        return s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    static List<Setting> tree() {
        List<Setting> settings = new ArrayList<>();
        walk(BotProperties.class, "reportbot", settings);
        return settings;
    }

    private static void walk(Class<?> record, String prefix, List<Setting> into) {
        RecordComponent[] components = record.getRecordComponents();
        // @DefaultValue applies to constructor parameters, not to record components: read it from the constructor.
        Parameter[] parameters = canonicalConstructor(record, components).getParameters();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String name = prefix + "." + DataObjectPropertyName.toDashedForm(component.getName());
            Class<?> type = component.getType();
            if (type.isRecord() && type.getEnclosingClass() == BotProperties.class) {
                walk(type, name, into);
                continue;
            }
            DefaultValue defaultValue = parameters[i].getAnnotation(DefaultValue.class);
            into.add(new Setting(name, defaultValue == null ? null : String.join(",", defaultValue.value())));
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> record, RecordComponent[] components) {
        try {
            return record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(record + " has no canonical constructor", e);
        }
    }
}
