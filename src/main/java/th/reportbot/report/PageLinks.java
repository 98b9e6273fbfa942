package th.reportbot.report;

import java.time.LocalDate;
import java.util.Optional;

/** Links to the district officer's page that work without a password for a while (the `ส่งออก` command). */
public interface PageLinks {
    /** A signed link to a group's page for a week, or empty when links cannot be signed here. */
    Optional<String> weekPage(String groupId, LocalDate week);
}
