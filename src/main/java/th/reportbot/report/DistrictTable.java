package th.reportbot.report;

import java.time.LocalDate;
import java.util.List;

/** The district's form for one Friday: every organisation in roster order, and the sums. */
public record DistrictTable(String district, LocalDate week, LocalDate baselineDate, List<TableRow> rows,
                            Totals totals, int reported, int expected) {
    public DistrictTable {
        rows = List.copyOf(rows);
    }

    /** Sums of the known numbers of each column. */
    public record Totals(long baseline, long increase, long total, long weekly) {
    }

    public List<TableRow> missing() {
        return rows.stream().filter(r -> r.status() == RowStatus.MISSING).toList();
    }
}
