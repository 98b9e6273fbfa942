package th.reportbot.web.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.TableRow;
import th.reportbot.web.WebSentences;

/**
 * The district table as CSV for Excel: UTF-8 with a byte-order mark (so Excel shows Thai), the form's columns, and no
 * cell that a spreadsheet would run as a formula. The totals row says, in its warnings column, how many organisations
 * its sums count.
 */
@Component
public class TableCsv {
    static final String BOM = "\uFEFF";

    private final WebSentences words;

    TableCsv(WebSentences words) {
        this.words = words;
    }

    public String write(DistrictTable table) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            csv.printRecord(words.say("csv.head.no"), words.say("csv.head.org"),
                    words.say("csv.head.baseline", table.baselineDate().toString()), words.say("csv.head.increase"),
                    words.say("csv.head.total"), words.say("csv.head.weekly"), words.say("csv.head.status"),
                    words.say("csv.head.warnings"), words.say("csv.head.reported-at"));
            for (TableRow r : table.rows()) {
                List<String> warnings = new ArrayList<>();
                for (ReportWarning w : r.warnings()) {
                    warnings.add(w.name());
                }
                csv.printRecord(r.no(), cell(r.org()), number(r.baseline()), number(r.increase()), number(r.total()),
                        number(r.weekly()), r.status().name(), String.join(" ", warnings),
                        r.reportedAt() == null ? "" : r.reportedAt().toString());
            }
            DistrictTable.Totals t = table.totals();
            csv.printRecord("", words.say("csv.totals"), t.baseline(), t.increase(), t.total(), t.weekly(),
                    table.reported() + "/" + table.expected(),
                    words.say("csv.covered", String.valueOf(t.covered()), String.valueOf(table.expected())), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
