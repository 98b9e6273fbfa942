package th.reportbot.report;

import java.time.LocalDate;
import java.util.List;

/** The district's form for one Friday: every organisation in roster order, and the sums. */
public record DistrictTable(String district, LocalDate week, LocalDate baselineDate, List<TableRow> rows,
                            Totals totals, int reported, int expected) {
    public DistrictTable {
        rows = List.copyOf(rows);
    }

    /**
     * The district row: each column summed over the same organisations, the {@code covered} ones whose row has its
     * baseline, increase and total, so baseline + increase = total holds for the sums as for each row. The weekly
     * change is summed over those organisations too, an unknown change counting as nothing. {@code carried} of the
     * covered organisations have not reported this week and are counted at their latest earlier total;
     * {@code weeklyKnown} of them have a known change, and when none has, the district's change is not known either
     * (shown so, though {@code weekly} stays 0 for the JSON contract).
     */
    public record Totals(long baseline, long increase, long total, long weekly, int covered, int carried,
                         int weeklyKnown) {

        /** Whether any counted organisation has a known change: else the district's change is unknown, not 0. */
        public boolean weeklyIsKnown() {
            return weeklyKnown > 0;
        }


        public static Totals of(List<TableRow> rows) {
            long baseline = 0;
            long increase = 0;
            long total = 0;
            long weekly = 0;
            int covered = 0;
            int carried = 0;
            int weeklyKnown = 0;
            for (TableRow r : rows) {
                if (!r.covered()) {
                    continue;
                }
                covered++;
                carried += r.carried() ? 1 : 0;
                baseline += r.baseline();
                increase += r.increase();
                total += r.total();
                weekly += r.weekly() == null ? 0 : r.weekly();
                weeklyKnown += r.weekly() == null ? 0 : 1;
            }
            return new Totals(baseline, increase, total, weekly, covered, carried, weeklyKnown);
        }
    }

    public List<TableRow> missing() {
        return rows.stream().filter(r -> r.status() == RowStatus.MISSING).toList();
    }
}
