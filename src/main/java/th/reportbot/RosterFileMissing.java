package th.reportbot;

import java.nio.file.Path;

/** A configured roster file that is not there; {@link RosterFileMissingAnalyzer} turns it into one line. */
class RosterFileMissing extends RuntimeException {
    RosterFileMissing(Path configured, Path lookedAt) {
        super("Roster file " + configured + " not found (looked at " + lookedAt + "); set REPORTBOT_ROSTER_FILES "
                + "(reportbot.roster-files) to the roster's path, several separated by commas.");
    }
}
