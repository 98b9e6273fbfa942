package th.reportbot.web.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.TableRow;
import th.reportbot.calendar.ThaiDateText;
import th.reportbot.web.WebSentences;

/**
 * What the page template shows, worked out here so the template only lays it out. Numbers are text as the page writes
 * them ("1,250", a change with its sign "+31"); null where the number is not known.
 */
record DashboardPage(String groupId, String groupName, String district, String week, String weekThai, String asOf,
                     List<Head> heads, List<Row> rows, Sums totals, int reported, int expected,
                     List<String> missing, List<String> pending, List<WeekLink> weeks, String previous, String next,
                     String xlsx, String csv, String chart, String legend) {

    /**
     * One column's header. It wraps only at its spaces (layout.html, "phrases"): Thai writes no space between words, and
     * a browser left to itself breaks a long header inside one (ผู้ลง|ทะเบียน).
     */
    record Head(String column, String text) {
    }

    /** @param carriedFrom the date of the earlier week whose total a late organisation stands at, else null */
    record Row(int no, String org, String baseline, String increase, String total, String weekly, String status,
               String carriedFrom, List<String> warnings, String spark) {
    }

    /** The district row; {@code carried} of the {@code covered} organisations stand at an earlier week's total. */
    record Sums(String baseline, String increase, String total, String weekly, int covered, int carried) {
    }

    record WeekLink(String label, String href, boolean current) {
    }

    /**
     * @param groupName the group's name from LINE, or its id when LINE did not say
     * @param pending reports of this week held for their senders' confirmation, one line each */
    static DashboardPage of(String groupId, String groupName, DistrictTable table, List<DistrictTable> history,
                            BiFunction<LocalDate, String, String> link, LocalDateTime deadline, List<String> pending,
                            WebSentences words) {
        List<DistrictTable> all = new ArrayList<>(history);
        if (all.stream().noneMatch(t -> t.week().equals(table.week()))) {
            all.add(table);
            all.sort((a, b) -> a.week().compareTo(b.week()));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            TableRow r = table.rows().get(i);
            List<TrendChart.Point> points = new ArrayList<>();
            for (DistrictTable t : all) {
                points.add(new TrendChart.Point(ThaiDateText.dayMonthYear(t.week()), t.rows().get(i).total(), null));
            }
            rows.add(new Row(r.no(), r.org(), number(r.baseline()), number(r.increase()), number(r.total()),
                    signed(r.weekly()), r.status().name(),
                    r.carried() ? unbroken(ThaiDateText.dayMonthYear(r.carriedFrom())) : null,
                    r.warnings().stream().map(w -> warning(w, words)).toList(), TrendChart.spark(points)));
        }
        DistrictTable.Totals t = table.totals();
        Sums sums = new Sums(number(t.baseline()), number(t.increase()), number(t.total()),
                t.weeklyIsKnown() ? signed(t.weekly()) : null,
                t.covered(), t.carried());
        List<WeekLink> weeks = all.stream().map(w -> new WeekLink(ThaiDateText.withDay(w.week()), link.apply(w.week(), ""),
                w.week().equals(table.week()))).toList();
        return new DashboardPage(groupId, groupName, table.district(), table.week().toString(), ThaiDateText.withDay(table.week()),
                // Dates kept whole: on a phone the line may wrap between them, never inside one.
                words.say("page.table.as-of", unbroken(ThaiDateText.withDay(table.week())),
                        words.say("page.deadline", unbroken(ThaiDateText.withDay(deadline.toLocalDate())),
                                ThaiDateText.time(deadline.toLocalTime()))),
                heads(ThaiDateText.dayMonthYear(table.baselineDate()), words), rows, sums, table.reported(), table.expected(),
                table.missing().stream().map(TableRow::org).toList(), List.copyOf(pending), weeks,
                link.apply(table.week().minusWeeks(1), ""), link.apply(table.week().plusWeeks(1), ""),
                link.apply(table.week(), ".xlsx"), link.apply(table.week(), ".csv"),
                TrendChart.large(districtTotals(all, words)),
                words.say("page.legend", unbroken(ThaiDateText.withDay(table.baselineDate()))));
    }

    private static List<Head> heads(String baselineDate, WebSentences words) {
        return List.of("no", "org", "baseline", "increase", "total", "weekly", "status", "trend").stream()
                .map(column -> new Head(column, words.say("page.head." + column, unbroken(baselineDate)))).toList();
    }

    /**
     * The district's registrations week by week: each week's district row, the same organisations it sums over, late
     * ones at their latest earlier total. A week whose row counts no organisation has no point.
     */
    private static List<TrendChart.Point> districtTotals(List<DistrictTable> weeks, WebSentences words) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (DistrictTable t : weeks) {
            DistrictTable.Totals sums = t.totals();
            String covered = String.valueOf(sums.covered());
            String expected = String.valueOf(t.expected());
            String note = sums.carried() > 0
                    ? words.say("page.chart.carried", covered, expected, String.valueOf(sums.carried()))
                    : sums.covered() < t.expected() ? words.say("page.chart.counted", covered, expected) : null;
            points.add(new TrendChart.Point(ThaiDateText.dayMonthYear(t.week()),
                    sums.covered() == 0 ? null : Long.valueOf(sums.total()), note));
        }
        return points;
    }

    /** A date that never wraps at its spaces: it goes to the next line whole. */
    private static String unbroken(String date) {
        return date.replace(' ', '\u00a0');
    }

    /** "1,250"; null when not known. */
    static String number(Long n) {
        return n == null ? null : String.format(Locale.ROOT, "%,d", n);
    }

    /** A change with its sign, as the rows and the district row write it: "+42", "-3", "0"; null when not known. */
    static String signed(Long n) {
        return n == null ? null : (n > 0 ? "+" : "") + number(n);
    }

    /** The warning's label: {@code page.warning.total-dropped} for {@code TOTAL_DROPPED}. */
    static String warning(ReportWarning w, WebSentences words) {
        return words.warning(w);
    }
}
