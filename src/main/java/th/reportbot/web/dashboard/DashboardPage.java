package th.reportbot.web.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.TableRow;
import th.reportbot.calendar.ThaiDateText;
import th.reportbot.web.WebSentences;

/** What the page template shows, worked out here so the template only lays it out. */
record DashboardPage(String groupId, String groupName, String district, String week, String weekThai, String deadlineThai,
                     String baselineThai, List<Row> rows, DistrictTable.Totals totals, int reported, int expected,
                     List<String> missing, List<String> pending, List<WeekLink> weeks, String previous, String next,
                     String xlsx, String csv, String chart) {

    record Row(int no, String org, Long baseline, Long increase, Long total, Long weekly, String status,
               List<String> warnings, String spark) {
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
            rows.add(new Row(r.no(), r.org(), r.baseline(), r.increase(), r.total(), r.weekly(), r.status().name(),
                    r.warnings().stream().map(w -> warning(w, words)).toList(), TrendChart.spark(points)));
        }
        List<TrendChart.Point> district = districtTotals(all, words);
        List<WeekLink> weeks = all.stream().map(t -> new WeekLink(ThaiDateText.withDay(t.week()), link.apply(t.week(), ""),
                t.week().equals(table.week()))).toList();
        return new DashboardPage(groupId, groupName, table.district(), table.week().toString(), ThaiDateText.withDay(table.week()),
                words.say("page.deadline", ThaiDateText.withDay(deadline.toLocalDate()),
                        String.format("%02d:%02d", deadline.getHour(), deadline.getMinute())),
                ThaiDateText.dayMonthYear(table.baselineDate()), rows, table.totals(), table.reported(), table.expected(),
                table.missing().stream().map(TableRow::org).toList(), List.copyOf(pending), weeks,
                link.apply(table.week().minusWeeks(1), ""), link.apply(table.week().plusWeeks(1), ""),
                link.apply(table.week(), ".xlsx"), link.apply(table.week(), ".csv"), TrendChart.large(district));
    }

    /**
     * The district's registrations week by week. An organisation that missed a week counts with its latest earlier
     * total: people it registered do not vanish because a report is late, and a line that dipped would say so.
     */
    private static List<TrendChart.Point> districtTotals(List<DistrictTable> weeks, WebSentences words) {
        List<TrendChart.Point> points = new ArrayList<>();
        Long[] latest = new Long[weeks.isEmpty() ? 0 : weeks.get(0).rows().size()];
        for (DistrictTable t : weeks) {
            long sum = 0;
            boolean any = false;
            for (int i = 0; i < latest.length; i++) {
                Long total = t.rows().get(i).total();
                if (total != null) {
                    latest[i] = total;
                }
                if (latest[i] != null) {
                    sum += latest[i];
                    any = true;
                }
            }
            String label = ThaiDateText.dayMonthYear(t.week());
            String note = t.reported() < t.expected()
                    ? words.say("page.chart.partial", String.valueOf(t.reported()), String.valueOf(t.expected())) : null;
            points.add(new TrendChart.Point(label, any ? sum : null, note));
        }
        return points;
    }

    /** The warning's label: {@code page.warning.total-dropped} for {@code TOTAL_DROPPED}. */
    static String warning(ReportWarning w, WebSentences words) {
        return words.warning(w);
    }
}
