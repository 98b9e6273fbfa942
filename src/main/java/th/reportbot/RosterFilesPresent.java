package th.reportbot;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start before any bean, web server or data folder exists when a configured roster file is not there:
 * later, the first bean to need the rosters is the webhook's servlet, and Tomcat would log the failure five causes
 * deep before {@link RosterFileMissingAnalyzer}'s one line. The files are read and checked in full by
 * {@link RosterConfiguration}.
 */
public class RosterFilesPresent implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        List<Path> files = Binder.get(env).bind("reportbot.roster-files", Bindable.listOf(Path.class))
                .orElse(List.of(Path.of(RosterFiles.DEFAULT)));
        new RosterFiles(Path.of("")).requirePresent(files);
    }
}
