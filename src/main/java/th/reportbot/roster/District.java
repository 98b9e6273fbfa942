package th.reportbot.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A district and the organisations that report to it, in the district's own order.
 *
 * @param officers LINE user ids of the district officers
 */
public record District(String id, String name, String province, String groupName, LocalDate baselineDate,
                       List<String> officers, List<Organisation> organisations, Schedule schedule) {
    public District {
        officers = List.copyOf(officers);
        organisations = List.copyOf(organisations);
    }

    /** A district on the default schedule, with no holidays. */
    public District(String id, String name, String province, String groupName, LocalDate baselineDate,
                    List<String> officers, List<Organisation> organisations) {
        this(id, name, province, groupName, baselineDate, officers, organisations, Schedule.DEFAULT);
    }

    public Optional<Organisation> organisation(String id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Organisation> organisationNamed(String canonicalName) {
        return organisations.stream().filter(o -> o.name().equals(canonicalName)).findFirst();
    }

    public boolean isOfficer(String userId) {
        return userId != null && officers.contains(userId);
    }
}
