package th.reportbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;

/** The official form as XLSX, read back with POI, cell by cell against the JSON table. */
class XlsxExportTest extends BotTestBase {

    @Test
    void formReadBackEqualsTheJsonTable() throws Exception {
        GroupChat chat = new GroupChat("Cxlsx", webhooks, port);
        chat.say("U1", "ทต.บ้านลาด รวม 1,100", LocalDateTime.of(2023, 5, 26, 9, 0));
        chat.say("U2", "อบต.ไร่โคก 200", LocalDateTime.of(2023, 5, 26, 9, 5));
        chat.say("U1", "ทต.บ้านลาด รวม 1,250", LocalDateTime.of(2023, 6, 2, 9, 0));
        chat.say("U3", "=HYPERLINK(\"http://x\") อบต.ตำหรุ 50", LocalDateTime.of(2023, 6, 2, 9, 5));
        JsonNode json = chat.table("2023-06-02", ADMIN_TOKEN);
        JsonNode baselineWeek = chat.table("2023-05-26", ADMIN_TOKEN);

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/groups/Cxlsx/reports/2023-06-02.xlsx"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getProperties().getCoreProperties().getTitle()).as("the file says which LINE group it is from")
                    .isEqualTo("สรุปยอด ThaiD อำเภอบ้านลาด ประจำวันศุกร์ที่ 2 มิ.ย. 2566 · " + FakeLine.GROUP_NAME);
            Sheet form = wb.getSheet("แบบรายงาน");
            assertThat(text(form, 0, 0)).isEqualTo("แบบรายงานการลงทะเบียนใช้งานแอปพลิเคชัน \"ThaiD\"");
            assertThat(text(form, 1, 0)).isEqualTo("หน่วยงาน อำเภอบ้านลาด จังหวัดเพชรบุรี");
            assertThat(text(form, 2, 0)).as("the form's header writes its numbers in Thai digits, as the letter does")
                    .isEqualTo("ข้อมูล ณ วันที่ ๒ เดือน มิถุนายน พ.ศ. ๒๕๖๖");
            assertThat(new String[]{text(form, 4, 0), text(form, 4, 1), text(form, 4, 2), text(form, 4, 3), text(form, 4, 4),
                    text(form, 4, 5)})
                    .containsExactly("ที่", "หน่วยงาน", "จำนวนผู้ลงทะเบียน ณ วันศุกร์ที่ ๒๖ พฤษภาคม ๒๕๖๖",
                            "จำนวนผู้ลงทะเบียนเพิ่มขึ้น", "รวมจำนวนผู้ลงทะเบียนปัจจุบัน", "หมายเหตุ");
            for (int i = 0; i < 15; i++) {
                JsonNode row = json.path("rows").get(i);
                int r = 5 + i;
                assertThat(number(form, r, 0)).isEqualTo(row.path("no").asLong());
                assertThat(text(form, r, 1)).isEqualTo(row.path("org").asText());
                assertThat(number(form, r, 2)).as(row.path("org").asText() + " baseline").isEqualTo(nullable(row.path("baseline")));
                assertThat(number(form, r, 3)).as(row.path("org").asText() + " increase").isEqualTo(nullable(row.path("increase")));
                assertThat(number(form, r, 4)).as(row.path("org").asText() + " total").isEqualTo(nullable(row.path("total")));
            }
            assertThat(text(form, 20, 1)).isEqualTo("รวม");
            // Two rows have baseline, increase and total: ทต.บ้านลาด (row 6), and อบต.ไร่โคก (row 15), which has not
            // reported on 2 June and stands at its 26 May total.
            assertThat(json.path("totals").path("covered").asInt()).isEqualTo(2);
            assertSum(wb, form.getRow(20).getCell(2), "SUM(C6,C15)", 1100 + 200);
            assertSum(wb, form.getRow(20).getCell(3), "SUM(D6,D15)", 150 + 0);
            assertSum(wb, form.getRow(20).getCell(4), "SUM(E6,E15)", 1250 + 200);
            assertThat(json.path("totals").path("total").asLong()).isEqualTo(1450);
            assertThat(text(form, 21, 0)).isEqualTo("แถวรวมนับเฉพาะหน่วยงานที่ทราบทั้งยอดเดิมและยอดรวม (2 จาก 15 แห่ง)");
            assertThat(text(form, 22, 0)).isEqualTo("ตัวเลขสีเทา คือยอดล่าสุดที่เคยส่งของหน่วยงานที่ยังไม่ส่งสัปดาห์นี้ (1 แห่ง) ซึ่งนับรวมในแถวรวมด้วย");
            assertThat(text(form, 14, 1)).isEqualTo("อบต.ไร่โคก");
            assertThat(text(form, 14, 5)).isEqualTo("ยังไม่ส่งสัปดาห์นี้ ใช้ยอด ณ วันศุกร์ที่ 26 พ.ค. 2566");
            assertThat(grey(wb, form.getRow(14).getCell(4))).as("a late organisation's figure is grey").isTrue();
            assertThat(grey(wb, form.getRow(5).getCell(4))).as("a reported one's is not").isFalse();
            assertThat(text(form, 6, 5)).as("อบต.บ้านหาด never reported").isEqualTo("ยังไม่ส่ง");
            assertThat(text(form, 5, 5)).as("ทต.บ้านลาด reported").isEmpty();
            assertThat(json.path("rows").get(3).path("status").asText()).as("อบต.ตำหรุ: its odd message is held as a question")
                    .isEqualTo("MISSING");
            assertThat(text(form, 8, 5)).isEqualTo("ยังไม่ส่ง");
            assertThat(form.getRow(5).getCell(4).getCellType()).as("numbers are numbers").isEqualTo(CellType.NUMERIC);
            assertThat(form.getColumnWidth(1)).as("room for Thai names").isGreaterThan(20 * 256);

            Sheet weeks = wb.getSheet("ยอดรายสัปดาห์");
            assertThat(text(weeks, 0, 2)).isEqualTo("26 พ.ค. 2566");
            assertThat(text(weeks, 0, 3)).isEqualTo("2 มิ.ย. 2566");
            for (int i = 0; i < 15; i++) {
                assertThat(number(weeks, 1 + i, 2)).isEqualTo(nullable(baselineWeek.path("rows").get(i).path("total")));
                assertThat(number(weeks, 1 + i, 3)).isEqualTo(nullable(json.path("rows").get(i).path("total")));
            }
            // The baseline week: ทต.บ้านลาด (row 2) and อบต.ไร่โคก (row 11) reported, each its own baseline.
            assertSum(wb, weeks.getRow(16).getCell(2), "SUM(C2,C11)", 1300);
            assertSum(wb, weeks.getRow(16).getCell(3), "SUM(D2,D11)", 1450);
            assertThat(text(weeks, 17, 1)).isEqualTo("จำนวนหน่วยงานที่นับในแถวรวม");
            assertThat(number(weeks, 17, 2)).isEqualTo(2);
            assertThat(number(weeks, 17, 3)).isEqualTo(2);
            assertThat(grey(wb, weeks.getRow(10).getCell(3))).as("อบต.ไร่โคก on 2 June").isTrue();
            assertThat(text(weeks, 18, 1)).startsWith("ตัวเลขสีเทา คือ");
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).as("only the totals are formulas: a member's text stays text")
                                    .startsWith("SUM(");
                        }
                    }
                }
            }
        }
    }

    /** A totals cell: the SUM it holds, the value cached for readers that do not recalculate, and what it works out to. */
    private static void assertSum(Workbook wb, Cell cell, String formula, long shown) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).isEqualTo(formula);
        assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
        assertThat((long) cell.getNumericCellValue()).as("cached value " + formula).isEqualTo(shown);
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        assertThat((long) evaluator.evaluate(cell).getNumberValue()).as("recalculated " + formula).isEqualTo(shown);
    }

    private static boolean grey(Workbook wb, Cell cell) {
        return wb.getFontAt(cell.getCellStyle().getFontIndex()).getColor() == IndexedColors.GREY_50_PERCENT.getIndex();
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static Long number(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : (long) cell.getNumericCellValue();
    }

    private static Long nullable(JsonNode n) {
        return n.isNull() ? null : n.asLong();
    }
}
