package th.reportbot.line;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.reportbot.parse.ParseResult;
import th.reportbot.parse.ParsedReport;
import th.reportbot.parse.ParseWarning;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.Submission;

/**
 * {@code POST /api/parse}: how the bot reads a message and what it would answer, as a dry run against the stored
 * history that stores nothing. A stable contract. It lives with the webhook because it says what the webhook would.
 */
@RestController
class ParseApiController {
    /** @param groupId optional: whose history to read (binding, last week's totals); none means an empty one */
    record ParseRequest(String text, String userId, String groupId) {
    }

    record ReportJson(String org, LocalDate date, Long baseline, Long increase, Long weekly, Long total,
                      List<ParseWarning> warnings) {
        static ReportJson of(ParsedReport r) {
            return new ReportJson(r.org(), r.date(), r.baseline(), r.increase(), r.weekly(), r.total(), r.warnings());
        }
    }

    record ParseResponse(String outcome, List<ReportJson> reports, String reason, String unknownOrg, String reply) {
    }

    private static final String NO_GROUP = "api-dry-run";

    private final ReportDesks desks;
    private final ReplyWriter writer;
    private final Clock clock;

    ParseApiController(ReportDesks desks, ReplyWriter writer, Clock clock) {
        this.desks = desks;
        this.writer = writer;
        this.clock = clock;
    }

    @PostMapping("/api/parse")
    ResponseEntity<Object> parse(@RequestBody ParseRequest request) {
        if (request == null || request.text() == null) {
            return ResponseEntity.badRequest().body(java.util.Map.of("error", "'text' is required"));
        }
        String group = request.groupId() == null || request.groupId().isBlank() ? NO_GROUP : request.groupId();
        ReportDesk desk = desks.forChat(group).orElse(desks.first());
        Submission submission = desk.dryRun(group, request.userId(), request.text(), clock.instant());
        ParseResult result = submission.parsed();
        return ResponseEntity.ok(new ParseResponse(result.outcome().name(),
                result.reports().stream().map(ReportJson::of).toList(),
                result.reason() == null ? null : result.reason().name(),
                result.unknownName(), reply(submission, desk)));
    }

    private String reply(Submission submission, ReportDesk desk) {
        return switch (submission.outcome()) {
            case REPORT -> writer.confirmation(submission, desk.district(), true);
            case ASK -> writer.ask(submission, desk.district());
            case IGNORE -> null;
        };
    }
}
