package th.reportbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.reportbot.roster.District;

/**
 * Every corpus line is a case (corpus README): the parser must read each one as it says, field by field. The sender
 * is bound to no organisation and posts on Friday 2023-06-02 at 10:00, unless the case names a {@code bound}
 * organisation or a {@code sentAt}.
 */
class CorpusTest {
    static final District BAN_LAT = CorpusScore.BAN_LAT;
    static final LocalDate POSTED_ON = LocalDate.of(2023, 6, 2);
    private final CorpusScore score = new CorpusScore();

    static Stream<Corpus.Case> cases() {
        return Corpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corpusCase(Corpus.Case c) {
        CorpusScore.Verdict verdict = score.check(c);
        assertThat(verdict.wrong()).as("%s: %s", c.kind(), c.text()).isEmpty();
    }

    static List<Corpus.Case> reportCases() {
        return Corpus.all().stream().filter(c -> c.kind().equals("report")).toList();
    }
}
