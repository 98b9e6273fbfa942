package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.RowStatus;
import th.reportbot.report.TableRow;
import th.reportbot.support.TestSentences;
import th.reportbot.web.WebSentences;

/** The week's change is written with its sign in the district row as in the rows. */
class DashboardPageTest {
    private static final LocalDate WEEK = LocalDate.of(2023, 6, 9);
    private final WebSentences words = new WebSentences(TestSentences.messageSource(), Locale.forLanguageTag("th"));

    @Test
    void theDistrictRowsChangeCarriesItsSignLikeTheRows() {
        DashboardPage fell = page(row(1, 100, 110, -5), row(2, 50, 52, 2));
        DashboardPage still = page(row(1, 100, 110, -2), row(2, 50, 52, 2));
        DashboardPage rose = page(row(1, 100, 1_110, 1_040), row(2, 50, 52, 2));

        assertThat(fell.rows()).extracting(DashboardPage.Row::weekly).containsExactly("-5", "+2");
        assertThat(fell.totals().weekly()).isEqualTo("-3");
        assertThat(still.totals().weekly()).isEqualTo("0");
        assertThat(rose.totals().weekly()).isEqualTo("+1,042");
        assertThat(rose.totals().total()).isEqualTo("1,162");
    }

    private static TableRow row(int no, long baseline, long total, long weekly) {
        return new TableRow(no, "o" + no, "อบต." + no, baseline, total - baseline, total, weekly, RowStatus.REPORTED,
                List.of(), null, null);
    }

    private DashboardPage page(TableRow... rows) {
        DistrictTable table = new DistrictTable("อำเภอบ้านลาด", WEEK, LocalDate.of(2023, 5, 26), List.of(rows),
                DistrictTable.Totals.of(List.of(rows)), rows.length, rows.length);
        return DashboardPage.of("Cpage", "กลุ่ม", table, List.of(table), (week, suffix) -> "/" + week + suffix,
                LocalDateTime.of(2023, 6, 9, 16, 30), List.of(), words);
    }
}
