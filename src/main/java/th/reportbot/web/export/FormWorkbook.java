package th.reportbot.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.RowStatus;
import th.reportbot.report.TableRow;
import th.reportbot.calendar.ThaiDateText;
import th.reportbot.roster.District;
import th.reportbot.web.WebSentences;

/**
 * The district's report form, as the letter lays it out, as an XLSX workbook: the form for one Friday, and a second
 * sheet with every week's totals per organisation. Numbers are numeric cells; text is text (never a formula). The
 * totals rows are {@code SUM} formulas over the organisations the bot's district row counts, each cached with the
 * number the bot shows, so a file opened without recalculation reads the same. An organisation that has not reported
 * in a week is shown, in grey, at its latest earlier total, which the totals count; the form's note column and a line
 * under each sheet say so. The form's own header writes its numbers in Thai digits, as the letter does.
 */
@Component
public class FormWorkbook {
    public static final int HEADER_ROW = 4;
    /** The note column the bot adds after the letter's four (and the organisation's name). */
    private static final int NOTE = 5;

    private final WebSentences words;

    FormWorkbook(WebSentences words) {
        this.words = words;
    }

    /** The form's column headers, in the letter's words (its own date written in Thai digits), and a note column. */
    public List<String> headers(District district) {
        String baseline = ThaiDateText.fullInThaiDigits(district.baselineDate());
        return List.of(words.say("xlsx.head.no"), words.say("xlsx.head.org"), words.say("xlsx.head.baseline", baseline),
                words.say("xlsx.head.increase"), words.say("xlsx.head.total"), words.say("xlsx.head.note"));
    }

    /** @param groupName the LINE group's name (its id when LINE does not say), kept in the file's properties */
    public byte[] write(District district, DistrictTable table, List<DistrictTable> weeks, String groupName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // The form itself stays as the letter lays it out; which group the file came from goes in its properties.
            wb.getProperties().getCoreProperties().setTitle(words.say("xlsx.file.title", district.name(),
                    ThaiDateText.withDay(table.week()), groupName));
            Styles styles = new Styles(wb);
            form(wb.createSheet(words.say("xlsx.sheet.form")), district, table, styles);
            weeks(wb.createSheet(words.say("xlsx.sheet.weeks")), district, weeks, styles);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void form(Sheet sheet, District district, DistrictTable table, Styles s) {
        int last = NOTE;
        text(sheet.createRow(0), 0, words.say("xlsx.title"), s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        text(sheet.createRow(1), 0, words.say("xlsx.district", district.name(), district.province()), s.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        var week = table.week();
        text(sheet.createRow(2), 0, words.say("xlsx.as-of", ThaiDateText.dayInThaiDigits(week),
                ThaiDateText.fullMonth(week), ThaiDateText.yearInThaiDigits(week)), s.plain);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(48);
        List<String> headers = headers(district);
        for (int c = 0; c < headers.size(); c++) {
            text(header, c, headers.get(c), s.header);
        }
        int r = HEADER_ROW + 1;
        List<Integer> covered = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (row.covered()) {
                covered.add(r);
            }
            Row line = sheet.createRow(r++);
            number(line, 0, (long) row.no(), s.center);
            text(line, 1, row.org(), s.cell);
            CellStyle numbers = row.carried() ? s.carried : s.number;
            number(line, 2, row.baseline(), numbers);
            number(line, 3, row.increase(), numbers);
            number(line, 4, row.total(), numbers);
            text(line, NOTE, note(row), s.cell);
        }
        Row totals = sheet.createRow(r);
        text(totals, 0, "", s.totalText);
        text(totals, 1, words.say("xlsx.totals"), s.totalText);
        sum(totals, 2, covered, table.totals().baseline(), s.total);
        sum(totals, 3, covered, table.totals().increase(), s.total);
        sum(totals, 4, covered, table.totals().total(), s.total);
        text(totals, NOTE, "", s.totalText);
        text(sheet.createRow(r + 1), 0, words.say("xlsx.covered", String.valueOf(table.totals().covered()),
                String.valueOf(table.expected())), s.note);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, last));
        if (table.totals().carried() > 0) {
            text(sheet.createRow(r + 2), 0, words.say("xlsx.carried", String.valueOf(table.totals().carried())), s.note);
            sheet.addMergedRegion(new CellRangeAddress(r + 2, r + 2, 0, last));
        }

        int[] widths = {6, 24, 26, 20, 22, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256 + 512);
        }
        onePageWide(sheet);
    }

    /** Why a row reads as it does: not sent, carried, left out of the totals, and its warnings in the page's words. */
    private String note(TableRow row) {
        List<String> notes = new ArrayList<>();
        if (row.carried()) {
            notes.add(words.say("xlsx.note.carried", ThaiDateText.withDay(row.carriedFrom())));
        } else if (row.total() == null && row.status() == RowStatus.MISSING) {
            notes.add(words.say("xlsx.note.missing"));
        }
        if (row.total() != null && row.baseline() == null) {
            notes.add(words.say("xlsx.note.no-baseline"));
        }
        row.warnings().forEach(w -> notes.add(words.warning(w)));
        return String.join("; ", notes);
    }

    /** Printed (or converted to PDF), the form fits an A4 page's width, as the letter's form does. */
    private static void onePageWide(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }

    private void weeks(Sheet sheet, District district, List<DistrictTable> weeks, Styles s) {
        Row header = sheet.createRow(0);
        text(header, 0, words.say("xlsx.head.no"), s.header);
        text(header, 1, words.say("xlsx.head.org"), s.header);
        for (int w = 0; w < weeks.size(); w++) {
            text(header, 2 + w, ThaiDateText.dayMonthYear(weeks.get(w).week()), s.header);
            sheet.setColumnWidth(2 + w, 12 * 256);
        }
        for (int o = 0; o < district.organisations().size(); o++) {
            Row line = sheet.createRow(1 + o);
            number(line, 0, (long) district.organisations().get(o).no(), s.center);
            text(line, 1, district.organisations().get(o).name(), s.cell);
            for (int w = 0; w < weeks.size(); w++) {
                TableRow row = weeks.get(w).rows().get(o);
                number(line, 2 + w, row.total(), row.carried() ? s.carried : s.number);
            }
        }
        Row totals = sheet.createRow(1 + district.organisations().size());
        text(totals, 0, "", s.totalText);
        text(totals, 1, words.say("xlsx.totals"), s.totalText);
        Row counted = sheet.createRow(2 + district.organisations().size());
        text(counted, 0, "", s.totalText);
        text(counted, 1, words.say("xlsx.covered.weeks"), s.totalText);
        for (int w = 0; w < weeks.size(); w++) {
            List<Integer> covered = new ArrayList<>();
            List<TableRow> rows = weeks.get(w).rows();
            for (int o = 0; o < rows.size(); o++) {
                if (rows.get(o).covered()) {
                    covered.add(1 + o);
                }
            }
            sum(totals, 2 + w, covered, weeks.get(w).totals().total(), s.total);
            number(counted, 2 + w, (long) weeks.get(w).totals().covered(), s.total);
        }
        if (weeks.stream().anyMatch(t -> t.totals().carried() > 0)) {
            text(sheet.createRow(3 + district.organisations().size()), 1, words.say("xlsx.carried.weeks"), s.note);
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.createFreezePane(2, 1);
        onePageWide(sheet);
        sheet.getPrintSetup().setLandscape(weeks.size() > 6);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A {@code SUM} over the given rows, its cached result the bot's own sum (0 and no formula when none). */
    private static void sum(Row row, int column, List<Integer> rows, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        String formula = SumFormula.of(column, rows);
        if (!formula.isEmpty()) {
            cell.setCellFormula(formula);
        }
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, Long value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** Cell styles: a workbook may hold only so many, so they are made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle center;
        final CellStyle number;
        final CellStyle carried;
        final CellStyle total;
        final CellStyle totalText;
        final CellStyle note;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            plain = wb.createCellStyle();
            plain.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            cell = bordered(wb);
            center = bordered(wb);
            center.setAlignment(HorizontalAlignment.CENTER);
            number = bordered(wb);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Font grey = wb.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setItalic(true);
            carried = bordered(wb);
            carried.setFont(grey);
            carried.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            total = bordered(wb);
            total.setFont(bold);
            total.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            totalText = bordered(wb);
            totalText.setFont(bold);
            note = wb.createCellStyle();
            note.setWrapText(true);
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle style = wb.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
