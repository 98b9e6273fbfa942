package th.reportbot.parse;

import java.util.List;

/**
 * @param reports     for REPORT, in the order the message names them; empty otherwise
 * @param reason      for ASK, why; null otherwise
 * @param unknownName for ASK with {@link AskReason#UNKNOWN_ORGANISATION}, the name as written
 */
public record ParseResult(Outcome outcome, List<ParsedReport> reports, AskReason reason, String unknownName) {
    public ParseResult {
        reports = List.copyOf(reports);
    }

    public static ParseResult report(List<ParsedReport> reports) {
        return new ParseResult(Outcome.REPORT, reports, null, null);
    }

    public static ParseResult ask(AskReason reason, String unknownName) {
        return new ParseResult(Outcome.ASK, List.of(), reason, unknownName);
    }

    public static ParseResult ignore() {
        return new ParseResult(Outcome.IGNORE, List.of(), null, null);
    }
}
