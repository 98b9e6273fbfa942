package th.reportbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * No input makes the parser throw: generated inputs all end in one of the three outcomes. Seeds are fixed, so a
 * failure is repeatable.
 */
class ParserRobustnessTest {
    private final ReportParser parser = new ReportParser(CorpusTest.BAN_LAT);
    private final List<String> corpus = Corpus.all().stream().map(Corpus.Case::text).toList();

    @Test
    void randomUnicodeNeverThrows() {
        Random random = new Random(20231);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(300);
            for (int j = 0; j < length; j++) {
                sb.appendCodePoint(randomCodePoint(random));
            }
            assertReadable(sb.toString());
        }
    }

    @Test
    void everyCorpusMessageCutAtEveryPlaceNeverThrows() {
        for (String text : corpus) {
            for (int cut = 0; cut <= Math.min(text.length(), 400); cut++) {
                assertReadable(text.substring(0, cut));
                assertReadable(text.substring(cut));
            }
        }
    }

    @Test
    void corpusMessagesDuplicatedAndShuffledNeverThrow() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                parts.add(corpus.get(random.nextInt(corpus.size())));
            }
            parts.add(parts.get(0));
            Collections.shuffle(parts, random);
            assertReadable(String.join(random.nextBoolean() ? "\n" : " ", parts));
            List<String> words = new ArrayList<>(List.of(String.join(" ", parts).split("[ \\n]")));
            Collections.shuffle(words, random);
            assertReadable(String.join(" ", words));
        }
    }

    @Test
    void fiveThousandCharacterMessagesOfDigitsAndThaiNeverThrow() {
        for (String text : AdversarialMessages.all()) {
            assertThat(text.length()).isGreaterThanOrEqualTo(5_000);
            assertReadable(text);
        }
    }

    @Test
    void messagesLongerThanLineAllowsAreReadOnlyUpToTheCap() {
        String huge = "อบต.ไร่โคก รวม 231 ราย ".repeat(5_000);

        ParseResult result = parser.parse(huge, null, CorpusTest.POSTED_ON);

        assertThat(result.outcome()).isEqualTo(Outcome.REPORT);
        assertThat(result.reports()).singleElement().extracting(ParsedReport::total).isEqualTo(231L);
    }

    private void assertReadable(String text) {
        ParseResult result = parser.parse(text, null, CorpusTest.POSTED_ON);
        assertThat(result.outcome()).isNotNull();
        if (result.outcome() == Outcome.REPORT) {
            assertThat(result.reports()).isNotEmpty();
        } else {
            assertThat(result.reports()).isEmpty();
        }
        ParseResult bound = parser.parse(text, CorpusTest.BAN_LAT.organisations().get(3), CorpusTest.POSTED_ON);
        assertThat(bound.outcome()).isNotNull();
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0x0E01 + random.nextInt(0x5A); // Thai, digits included
            case 1 -> '0' + random.nextInt(10);
            case 2 -> " \n\t./:-+,=()➡→".charAt(random.nextInt(13));
            case 3 -> 0xFF10 + random.nextInt(10);
            case 4 -> 0x1F300 + random.nextInt(0x300); // emoji
            default -> random.nextInt(0x2FFFF);
        };
    }
}
