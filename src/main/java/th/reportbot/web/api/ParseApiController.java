package th.reportbot.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.reportbot.parse.ParseResult;
import th.reportbot.parse.ParsedReport;
import th.reportbot.parse.ParseWarning;
import th.reportbot.parse.ReportParser;

/** {@code POST /api/parse}: how the bot reads a message, as a dry run that stores nothing. A stable contract. */
@RestController
class ParseApiController {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    record ParseRequest(String text, String userId) {
    }

    record ReportJson(String org, LocalDate date, Long baseline, Long increase, Long weekly, Long total,
                      List<ParseWarning> warnings) {
        static ReportJson of(ParsedReport r) {
            return new ReportJson(r.org(), r.date(), r.baseline(), r.increase(), r.weekly(), r.total(), r.warnings());
        }
    }

    record ParseResponse(String outcome, List<ReportJson> reports, String reason, String unknownOrg) {
    }

    private final ReportParser parser;
    private final Clock clock;

    ParseApiController(ReportParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    @PostMapping("/api/parse")
    ResponseEntity<Object> parse(@RequestBody ParseRequest request) {
        if (request == null || request.text() == null) {
            return ResponseEntity.badRequest().body(java.util.Map.of("error", "'text' is required"));
        }
        ParseResult result = parser.parse(request.text(), null, LocalDate.now(clock.withZone(BANGKOK)));
        return ResponseEntity.ok(new ParseResponse(result.outcome().name(),
                result.reports().stream().map(ReportJson::of).toList(),
                result.reason() == null ? null : result.reason().name(),
                result.unknownName()));
    }
}
