package th.reportbot.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SumFormulaTest {

    @Test
    void consecutiveRowsBecomeOneRange() {
        assertThat(SumFormula.of(2, List.of(5, 6, 7, 8, 11, 13, 14))).isEqualTo("SUM(C6:C9,C12,C14:C15)");
        assertThat(SumFormula.of(4, List.of())).isEmpty();
    }

    @Test
    void moreRangesThanExcelTakesAreSummedInGroupsThatStillAddUp() throws Exception {
        List<Integer> everyOther = new ArrayList<>();
        long expected = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r < 1200; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
                if (r % 2 == 0) {
                    everyOther.add(r);
                    expected += r;
                }
            }
            String formula = SumFormula.of(0, everyOther);
            assertThat(formula).startsWith("SUM(SUM(A1,A3,");
            Row totals = sheet.createRow(1200);
            Cell cell = totals.createCell(0);
            cell.setCellFormula(formula);

            assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(cell).getNumberValue()).isEqualTo(expected);
        }
    }
}
