package th.reportbot.report;

import java.util.List;

/**
 * One week's table with every week's, from one read of the store.
 *
 * @param weeks the table of every week that has a report, oldest first
 */
public record Season(DistrictTable table, List<DistrictTable> weeks) {
    public Season {
        weeks = List.copyOf(weeks);
    }
}
