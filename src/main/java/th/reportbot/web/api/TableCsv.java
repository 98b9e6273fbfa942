package th.reportbot.web.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import th.reportbot.calendar.ThaiCalendar;
import th.reportbot.calendar.ThaiDateText;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.TableRow;
import th.reportbot.report.Weeks;
import th.reportbot.web.WebSentences;

/**
 * The district table as CSV for Excel: UTF-8 with a byte-order mark (so Excel shows Thai), the form's columns, and no
 * cell that a spreadsheet would run as a formula. Every word is Thai and the same as on the officers' page (statuses,
 * warnings); times are Bangkok's; the JSON API keeps the codes for tools. The totals row says, in its warnings column,
 * how many organisations its sums count.
 */
@Component
public class TableCsv {
    static final String BOM = "\uFEFF";
    /** A form Excel reads as a date and time; the header says the zone. */
    private static final DateTimeFormatter REPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(Weeks.BANGKOK);

    private final WebSentences words;

    TableCsv(WebSentences words) {
        this.words = words;
    }

    public String write(DistrictTable table) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            var baseline = table.baselineDate();
            csv.printRecord(words.say("csv.head.no"), words.say("csv.head.org"),
                    words.say("csv.head.baseline", ThaiCalendar.dayName(baseline.getDayOfWeek()),
                            ThaiDateText.full(baseline)),
                    words.say("csv.head.increase"), words.say("csv.head.total"), words.say("csv.head.weekly"),
                    words.say("csv.head.status"), words.say("csv.head.warnings"), words.say("csv.head.reported-at"));
            for (TableRow r : table.rows()) {
                List<String> warnings = r.warnings().stream().map(words::warning).toList();
                csv.printRecord(r.no(), cell(r.org()), number(r.baseline()), number(r.increase()), number(r.total()),
                        number(r.weekly()), status(r), String.join("; ", warnings), time(r.reportedAt()));
            }
            DistrictTable.Totals t = table.totals();
            csv.printRecord(words.say("csv.totals"), cell(table.district()), t.baseline(), t.increase(), t.total(),
                    t.weeklyIsKnown() ? String.valueOf(t.weekly()) : "", words.say("csv.totals.reported", String.valueOf(table.reported()),
                            String.valueOf(table.expected())),
                    covered(table), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String covered(DistrictTable table) {
        DistrictTable.Totals t = table.totals();
        String covered = words.say("csv.covered", String.valueOf(t.covered()), String.valueOf(table.expected()));
        return t.carried() == 0 ? covered : covered + "; " + words.say("csv.carried", String.valueOf(t.carried()));
    }

    /** {@code csv.status.reported} for {@code REPORTED}; a late organisation's says whose week its numbers are. */
    private String status(TableRow r) {
        if (r.carried()) {
            return words.say("csv.status.carried", ThaiDateText.withDay(r.carriedFrom()));
        }
        return words.say("csv.status." + r.status().name().toLowerCase(Locale.ROOT));
    }

    private static String time(Instant at) {
        return at == null ? "" : REPORTED_AT.format(at);
    }

    private static String number(Long n) {
        return n == null ? "" : n.toString();
    }

    /** Text that starts like a formula gets a leading apostrophe, which spreadsheets show as text. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
