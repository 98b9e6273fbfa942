package th.reportbot.web.api;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.reportbot.chat.ChatRenderer;
import th.reportbot.chat.Reply;
import th.reportbot.parse.Outcome;
import th.reportbot.parse.ParseResult;
import th.reportbot.parse.ParsedReport;
import th.reportbot.parse.ParseWarning;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.Submission;

/**
 * {@code POST /api/parse}: how the bot reads a message and what it would answer, as a dry run against the stored
 * history that stores nothing. A stable contract.
 */
@RestController
class ParseApiController {
    /**
     * @param groupId optional: whose history to read (binding, last week's totals); none means an empty one
     * @param sentAt  optional ISO-8601 instant the message was sent at, so that dates without a year and the week
     *                resolve as they would in the group; now when absent
     */
    record ParseRequest(String text, String userId, String groupId, String sentAt) {
    }

    /** @param needsConfirmation the bot would ask the sender to confirm this reading with buttons before storing it */
    record ReportJson(String org, LocalDate date, Long baseline, Long increase, Long weekly, Long total,
                      List<ParseWarning> warnings, boolean needsConfirmation) {
        static ReportJson of(ParsedReport r, boolean needsConfirmation) {
            return new ReportJson(r.org(), r.date(), r.baseline(), r.increase(), r.weekly(), r.total(), r.warnings(),
                    needsConfirmation);
        }
    }

    record ParseResponse(String outcome, List<ReportJson> reports, String reason, String unknownOrg, String reply) {
    }

    private static final String NO_GROUP = "api-dry-run";

    private final ReportDesks desks;
    private final ChatRenderer renderer;
    private final Clock clock;

    ParseApiController(ReportDesks desks, ChatRenderer renderer, Clock clock) {
        this.desks = desks;
        this.renderer = renderer;
        this.clock = clock;
    }

    @PostMapping("/api/parse")
    ResponseEntity<Object> parse(@RequestBody ParseRequest request) {
        if (request == null || request.text() == null) {
            return ResponseEntity.badRequest().body(java.util.Map.of("error", "'text' is required"));
        }
        String group = request.groupId() == null || request.groupId().isBlank() ? NO_GROUP : request.groupId();
        Instant sentAt;
        try {
            sentAt = request.sentAt() == null || request.sentAt().isBlank() ? clock.instant() : Instant.parse(request.sentAt());
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(java.util.Map.of("error",
                    "'sentAt' must be an ISO-8601 instant such as 2023-06-02T03:00:00Z"));
        }
        ReportDesk desk = desks.forReading(group).orElse(desks.first());
        Submission submission = desk.dryRun(group, request.userId(), request.text(), sentAt);
        ParseResult result = submission.parsed();
        boolean asks = submission.held() != null;
        return ResponseEntity.ok(new ParseResponse(result.outcome().name(),
                result.reports().stream().map(r -> ReportJson.of(r, asks)).toList(),
                result.reason() == null ? null : result.reason().name(),
                result.unknownName(), reply(submission, desk)));
    }

    private String reply(Submission submission, ReportDesk desk) {
        if (submission.outcome() == Outcome.REPORT && submission.outOfRange() != null) {
            return renderer.text(new Reply.OutOfRange(submission, desk.district()));
        }
        if (submission.held() != null) {
            return renderer.text(new Reply.Question(submission));
        }
        return switch (submission.outcome()) {
            case REPORT -> renderer.text(new Reply.Confirmation(submission, desk.district(), true, null));
            case ASK -> renderer.text(new Reply.WhichOrganisation(submission, desk.district()));
            case IGNORE -> null;
        };
    }
}
