package th.reportbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commas that are not thousands separators are a slip: the digits are read together and the report is asked about. */
class OddCommasTest {
    private final ReportParser parser = new ReportParser(CorpusTest.BAN_LAT);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "อบต.ไร่โคก รวม 1,54 ราย | 154",
            "อบต.ไร่โคก รวม 15,4 ราย | 154",
            "อบต.ไร่โคก รวม 1,5400 ราย | 15400",
    })
    void areReadAsOneNumberAndAskedAbout(String text, long total) {
        ParseResult result = parser.parse(text, null, CorpusTest.POSTED_ON);

        assertThat(result.outcome()).isEqualTo(Outcome.REPORT);
        assertThat(result.reports()).singleElement().satisfies(r -> {
            assertThat(r.total()).isEqualTo(total);
            assertThat(r.unsure()).as("asked about, never stored as it stands").isTrue();
        });
    }

    @Test
    void thousandsSeparatorsStayAsTheyWere() {
        ParseResult result = parser.parse("อบต.ไร่โคก รวม 1,540 ราย", null, CorpusTest.POSTED_ON);

        assertThat(result.reports()).singleElement().satisfies(r -> {
            assertThat(r.total()).isEqualTo(1540);
            assertThat(r.unsure()).isFalse();
        });
    }

    @Test
    void daysListedBeforeAMonthAreStillDates() {
        assertThat(Tokenizer.tokens("ออกหน่วย 1,2 มิ.ย.", CorpusTest.POSTED_ON)).noneMatch(Token::odd)
                .anyMatch(t -> t.is(Token.Kind.DATE));
        ParseResult result = parser.parse("อบต.ไร่โคก ออกหน่วย 1,2 มิ.ย. รวม 210 ราย", null, CorpusTest.POSTED_ON);

        assertThat(result.reports()).singleElement().satisfies(r -> {
            assertThat(r.total()).isEqualTo(210);
            assertThat(r.unsure()).isFalse();
        });
    }
}
