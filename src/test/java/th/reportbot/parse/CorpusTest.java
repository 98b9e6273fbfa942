package th.reportbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;
import th.reportbot.roster.RosterLoader;

/**
 * Every corpus line is a case. The sender is bound to no organisation and posts on Friday 2023-06-02 (the corpus
 * README), unless a case of ours names the organisation the sender is {@code "bound"} to.
 */
class CorpusTest {
    static final District BAN_LAT = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
    static final LocalDate POSTED_ON = LocalDate.of(2023, 6, 2);
    private final ReportParser parser = new ReportParser(BAN_LAT);

    static Stream<Corpus.Case> cases() {
        return Corpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corpusCase(Corpus.Case c) {
        Organisation bound = c.bound() == null ? null : BAN_LAT.organisationNamed(c.bound()).orElseThrow();
        ParseResult result = parser.parse(c.text(), bound, POSTED_ON);

        switch (c.kind()) {
            case "chatter" -> assertThat(result.outcome()).as("chatter is ignored").isEqualTo(Outcome.IGNORE);
            case "ask" -> assertThat(result.outcome()).as("nearly a report: ask").isEqualTo(Outcome.ASK);
            case "report" -> assertReports(c, result);
            default -> throw new IllegalArgumentException("unknown kind " + c.kind());
        }
    }

    static void assertReports(Corpus.Case c, ParseResult result) {
        assertThat(result.outcome()).as("outcome").isEqualTo(Outcome.REPORT);
        assertThat(result.reports()).extracting(ParsedReport::org)
                .as("organisations in order")
                .containsExactlyElementsOf(c.expect().findValuesAsText("org"));
        for (int i = 0; i < result.reports().size(); i++) {
            ParsedReport report = result.reports().get(i);
            JsonNode expected = c.expect().get(i);
            Map<String, Object> actual = new java.util.HashMap<>();
            actual.put("date", report.date() == null ? null : report.date().toString());
            actual.put("baseline", report.baseline());
            actual.put("increase", report.increase());
            actual.put("weekly", report.weekly());
            actual.put("total", report.total());
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (field.equals("org")) {
                    continue;
                }
                JsonNode want = expected.get(field);
                Object wanted = want.isNumber() ? (Object) want.asLong() : want.asText();
                assertThat(actual.get(field)).as(report.org() + " " + field).isEqualTo(wanted);
            }
        }
        TreeSet<String> warnings = new TreeSet<>();
        result.reports().forEach(r -> r.warnings().forEach(w -> warnings.add(w.name())));
        assertThat(warnings).as("warnings").containsExactlyInAnyOrderElementsOf(c.warnings());
    }

    static List<Corpus.Case> reportCases() {
        return Corpus.all().stream().filter(c -> c.kind().equals("report")).toList();
    }
}
