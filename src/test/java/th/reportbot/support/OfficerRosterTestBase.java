package th.reportbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole bot on Ban Lat's roster with one district officer listed, {@link #OFFICER}: Ban Lat's own file lists none
 * yet, and the officers' commands answer only a listed officer. The roster is the repository's file with its
 * {@code officers} line filled in, so the organisations stay the real ones. Subclasses share one Spring context.
 */
public abstract class OfficerRosterTestBase extends BotTestBase {
    public static final String OFFICER = "Uofficer-ban-lat";

    @DynamicPropertySource
    static void rosterWithAnOfficer(DynamicPropertyRegistry registry) {
        registry.add("reportbot.roster-files", () -> RosterCopy.FILE.toString());
    }

    private static final class RosterCopy {
        static final Path FILE = write();

        private static Path write() {
            try {
                String roster = Files.readString(Path.of("config/ban-lat.yaml"), StandardCharsets.UTF_8);
                String withOfficer = roster.replace("officers: []", "officers: [" + OFFICER + "]");
                if (withOfficer.equals(roster)) {
                    throw new IllegalStateException("config/ban-lat.yaml no longer has the line `officers: []`");
                }
                Path file = Files.createTempFile("ban-lat-with-officer", ".yaml");
                file.toFile().deleteOnExit();
                return Files.writeString(file, withOfficer, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
