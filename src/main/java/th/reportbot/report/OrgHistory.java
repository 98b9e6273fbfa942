package th.reportbot.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An organisation's current reports over the weeks, oldest first. */
public record OrgHistory(List<StoredReport> reports) {
    public OrgHistory {
        reports = reports.stream().sorted(Comparator.comparing(StoredReport::week)).toList();
    }

    public static OrgHistory empty() {
        return new OrgHistory(List.of());
    }

    /** The newest report of a week before this one. */
    public Optional<StoredReport> before(LocalDate week) {
        StoredReport found = null;
        for (StoredReport r : reports) {
            if (r.week().isBefore(week) && r.total() != null) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The organisation's baseline: its total in the baseline week, else the newest baseline a report stated.
     */
    public Optional<Long> baseline(LocalDate baselineWeek) {
        for (StoredReport r : reports) {
            if (r.week().equals(baselineWeek) && r.total() != null) {
                return Optional.of(r.total());
            }
        }
        Long stated = null;
        for (StoredReport r : reports) {
            if (r.baseline() != null) {
                stated = r.baseline();
            }
        }
        return Optional.ofNullable(stated);
    }
}
