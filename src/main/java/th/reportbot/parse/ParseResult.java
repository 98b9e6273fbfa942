package th.reportbot.parse;

import java.util.List;

import th.reportbot.roster.Organisation;

/**
 * @param reports     for REPORT, in the order the message names them; empty otherwise
 * @param reason      for ASK, why; null otherwise
 * @param unknownName for ASK with {@link AskReason#UNKNOWN_ORGANISATION}, the name as written
 * @param closest     for that ASK, the roster's organisation whose name is one slip of the keyboard from it, or null
 */
public record ParseResult(Outcome outcome, List<ParsedReport> reports, AskReason reason, String unknownName,
                          Organisation closest) {
    public ParseResult {
        reports = List.copyOf(reports);
    }

    public ParseResult(Outcome outcome, List<ParsedReport> reports, AskReason reason, String unknownName) {
        this(outcome, reports, reason, unknownName, null);
    }

    public static ParseResult report(List<ParsedReport> reports) {
        return new ParseResult(Outcome.REPORT, reports, null, null);
    }

    public static ParseResult ask(AskReason reason, String unknownName) {
        return new ParseResult(Outcome.ASK, List.of(), reason, unknownName);
    }

    public static ParseResult unknownOrganisation(String unknownName, Organisation closest) {
        return new ParseResult(Outcome.ASK, List.of(), AskReason.UNKNOWN_ORGANISATION, unknownName, closest);
    }

    public static ParseResult ignore() {
        return new ParseResult(Outcome.IGNORE, List.of(), null, null);
    }
}
