package th.reportbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name one slip from the roster's is asked about with that organisation; anything further is not guessed. */
class MisspeltNameTest {
    private final ReportParser parser = new ReportParser(CorpusTest.BAN_LAT);

    @ParameterizedTest
    @CsvSource({
            "อบต.หนองกระเจด รวม 300, อบต.หนองกระเจ็ด",   // a vowel mark left out
            "อบต.ไรโคก รวม 210, อบต.ไร่โคก",             // a tone mark left out
            "อบต.ห้วยลืก รวม 25, อบต.ห้วยลึก",           // the neighbouring vowel key
            "อบต.สมอพลื้อ รวม 141, อบต.สมอพลือ",         // a tone mark added
            "อบต.หนองกะปิ รวม 135, อบต.หนองกะปุ",
    })
    void isAskedAboutWithTheOrganisationItWasMeantToBe(String text, String meant) {
        ParseResult result = parser.parse(text, null, CorpusTest.POSTED_ON);

        assertThat(result.outcome()).isEqualTo(Outcome.ASK);
        assertThat(result.reason()).isEqualTo(AskReason.UNKNOWN_ORGANISATION);
        assertThat(result.closest()).isNotNull();
        assertThat(result.closest().name()).isEqualTo(meant);
    }

    @ParameterizedTest
    @CsvSource({
            "อบต.บางกระเจ้า 55 ราย",   // another district's organisation
            "อบต.หนองจอก รวม 80",      // shares หนอง with four of the roster's, and is none of them
    })
    void isNotGuessedWhenNoOrganisationIsThatClose(String text) {
        ParseResult result = parser.parse(text, null, CorpusTest.POSTED_ON);

        assertThat(result.reason()).isEqualTo(AskReason.UNKNOWN_ORGANISATION);
        assertThat(result.closest()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"ไร่โคก, ไรโคก, 1", "หนองกะปุ, หนองกะปิ, 1", "ท่าเสน, ท่าช้าง, 4", "'', abc, 3"})
    void editsCountSingleCharacterChanges(String a, String b, int edits) {
        assertThat(Edits.between(a, b)).isEqualTo(edits);
        assertThat(Edits.between(b, a)).isEqualTo(edits);
    }
}
