package th.reportbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.reportbot.roster.District;

/** Which roster the bot reads, whatever directory it is started from. */
class RosterFilesTest {
    @TempDir
    Path elsewhere;

    @Test
    void fromADirectoryWithoutConfigTheDefaultIsBanLatsCopyInsideTheJar() {
        List<District> districts = new RosterFiles(elsewhere).load(List.of(Path.of("config/ban-lat.yaml")));

        assertThat(districts).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("อำเภอบ้านลาด");
            assertThat(d.organisations()).hasSize(15);
        });
    }

    @Test
    void theJarsCopyIsTheRepositorysFileByteForByte() throws IOException {
        try (InputStream inJar = getClass().getClassLoader().getResourceAsStream(RosterFiles.DEFAULT_IN_JAR)) {
            assertThat(inJar).as("the build copies config/ban-lat.yaml into the jar").isNotNull();
            assertThat(inJar.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("config/ban-lat.yaml")));
        }
    }

    @Test
    void aConfigBanLatInTheWorkingDirectoryIsReadRatherThanTheJarsCopy() throws IOException {
        Files.createDirectories(elsewhere.resolve("config"));
        Files.copy(Path.of("src/test/resources/rosters/tha-yang.yaml"), elsewhere.resolve("config/ban-lat.yaml"));

        List<District> districts = new RosterFiles(elsewhere).load(List.of(Path.of("config/ban-lat.yaml")));

        assertThat(districts).singleElement().extracting(District::name).isEqualTo("อำเภอท่ายาง");
    }

    @Test
    void anyOtherMissingFileIsOneLineNamingItsPathAndTheVariable() {
        assertThatThrownBy(() -> new RosterFiles(elsewhere).load(List.of(Path.of("rosters/tha-yang.yaml"))))
                .isInstanceOf(RosterFileMissing.class)
                .hasMessageContaining("rosters/tha-yang.yaml")
                .hasMessageContaining(elsewhere.resolve("rosters/tha-yang.yaml").toString())
                .hasMessageContaining("REPORTBOT_ROSTER_FILES")
                .hasMessageNotContaining("\n");
    }
}
