package th.reportbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/**
 * The bot started in local mode, as a newcomer starts the -local jar, with a roster path that is not there: it stops
 * with one line naming the path and the variable that sets it, and leaves no data folder behind.
 */
@ExtendWith(OutputCaptureExtension.class)
class MissingRosterStartTest {
    @TempDir
    Path dir;

    @Test
    void aMissingRosterStopsTheStartWithOneLineAndWritesNothing(CapturedOutput output) {
        Path data = dir.resolve("data");
        Path roster = dir.resolve("no-such-roster.yaml");

        assertThatThrownBy(() -> SpringApplication.run(ReportBotApplication.class,
                // CI sets REDIS_URL and runs in a container; local mode here is the laptop's.
                "--REDIS_URL=", "--reportbot.local.allow-container=true", "--server.port=0",
                "--reportbot.roster-files=" + roster, "--reportbot.local.data-dir=" + data))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e)).isInstanceOf(RosterFileMissing.class));

        assertThat(output.getAll()).contains("Roster file " + roster + " not found")
                .contains("set REPORTBOT_ROSTER_FILES").doesNotContain("Caused by").doesNotContain("\tat ")
                .doesNotContain("Error creating bean").doesNotContain("Tomcat");
        assertThat(data).as("the embedded Redis's data folder").doesNotExist();
    }
}
