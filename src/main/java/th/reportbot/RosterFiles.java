package th.reportbot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.reportbot.roster.District;
import th.reportbot.roster.RosterLoader;

/**
 * Reads the configured roster files, relative paths against the working directory. The default,
 * {@value #DEFAULT}, is read from the copy inside the jar when the working directory has no such file, so that
 * {@code java -jar} runs from any directory; any other file that is not there stops the start with its path named.
 */
final class RosterFiles {
    static final String DEFAULT = "config/ban-lat.yaml";
    /** Where the pom copies {@value #DEFAULT} into the jar. */
    static final String DEFAULT_IN_JAR = "rosters/ban-lat.yaml";
    private static final Logger log = LoggerFactory.getLogger(RosterFiles.class);

    private final Path workingDir;
    private final RosterLoader loader = new RosterLoader();

    RosterFiles(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath();
    }

    List<District> load(List<Path> files) {
        List<District> districts = new ArrayList<>();
        for (Path file : files) {
            districts.add(load(file));
            District d = districts.get(districts.size() - 1);
            log.info("Roster {}: {} with {} organisations", file, d.name(), d.organisations().size());
        }
        return districts;
    }

    /** Throws {@link RosterFileMissing} for the first file that is neither there nor the default. */
    void requirePresent(List<Path> files) {
        files.forEach(file -> {
            if (!Files.exists(resolved(file)) && !isDefault(file)) {
                throw new RosterFileMissing(file, resolved(file));
            }
        });
    }

    private District load(Path file) {
        if (Files.exists(resolved(file))) {
            return loader.load(resolved(file));
        }
        if (isDefault(file)) {
            log.info("Roster {}: not in {}, reading the copy inside the jar", file, workingDir);
            return fromJar();
        }
        throw new RosterFileMissing(file, resolved(file));
    }

    private Path resolved(Path file) {
        return workingDir.resolve(file).normalize();
    }

    private static boolean isDefault(Path file) {
        return file.normalize().equals(Path.of(DEFAULT));
    }

    private District fromJar() {
        InputStream in = RosterFiles.class.getClassLoader().getResourceAsStream(DEFAULT_IN_JAR);
        if (in == null) {
            throw new IllegalStateException(DEFAULT_IN_JAR + " is missing from the jar: the build copies "
                    + DEFAULT + " there (pom.xml)");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return loader.read(reader, DEFAULT + " (inside the jar)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
