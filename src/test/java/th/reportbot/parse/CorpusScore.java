package th.reportbot.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;
import th.reportbot.roster.RosterLoader;

/**
 * Checks corpus cases against the parser and prints the score: per kind of case, per not-a-count class and
 * phrasing, and per field of the reports. {@code mvn -Pbench test-compile exec:exec
 * -Dbench.main=th.reportbot.parse.CorpusScore -Dbench.args=""} (README, "Corpus score"); exits 1 below 100%.
 */
public final class CorpusScore {
    static final District BAN_LAT = new RosterLoader().load(Path.of("config/ban-lat.yaml"));
    static final List<String> FIELDS = List.of("org", "date", "baseline", "increase", "weekly", "total", "warnings",
            "confirm");

    /** What the parser got wrong in one case: one line per wrong thing, empty when it read the case right. */
    record Verdict(Corpus.Case c, ParseResult result, List<String> wrong, Map<String, Boolean> fields) {
        boolean right() {
            return wrong.isEmpty();
        }
    }

    private final ReportParser parser = new ReportParser(BAN_LAT);

    Verdict check(Corpus.Case c) {
        Organisation bound = c.bound() == null ? null : BAN_LAT.organisationNamed(c.bound()).orElseThrow();
        ParseResult result = parser.parse(c.text(), bound, c.sentOn());
        List<String> wrong = new ArrayList<>();
        Map<String, Boolean> fields = new LinkedHashMap<>();
        switch (c.kind()) {
            case "chatter" -> outcome(Outcome.IGNORE, result, wrong);
            case "ask" -> outcome(Outcome.ASK, result, wrong);
            case "report" -> {
                if (outcome(Outcome.REPORT, result, wrong)) {
                    reports(c, result, wrong, fields);
                }
            }
            default -> throw new IllegalArgumentException("unknown kind " + c.kind() + " in " + c.id());
        }
        return new Verdict(c, result, wrong, fields);
    }

    private static boolean outcome(Outcome expected, ParseResult result, List<String> wrong) {
        if (result.outcome() != expected) {
            wrong.add("outcome: expected " + expected + ", read " + result.outcome() + " " + result.reports());
            return false;
        }
        return true;
    }

    private static void reports(Corpus.Case c, ParseResult result, List<String> wrong, Map<String, Boolean> fields) {
        List<String> orgs = c.expect().findValuesAsText("org");
        List<String> read = result.reports().stream().map(ParsedReport::org).toList();
        fields.put("org", orgs.equals(read));
        if (!orgs.equals(read)) {
            wrong.add("organisations: expected " + orgs + ", read " + read);
            return;
        }
        for (int i = 0; i < read.size(); i++) {
            ParsedReport report = result.reports().get(i);
            JsonNode expected = c.expect().get(i);
            Map<String, Object> actual = new LinkedHashMap<>();
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
                boolean same = Objects.equals(actual.get(field), wanted);
                fields.merge(field, same, Boolean::logicalAnd);
                if (!same) {
                    wrong.add(report.org() + " " + field + ": expected " + wanted + ", read " + actual.get(field));
                }
            }
        }
        boolean asks = c.confirm();
        boolean asked = result.reports().stream().anyMatch(ParsedReport::unsure);
        fields.put("confirm", asks == asked);
        if (asks != asked) {
            wrong.add(asks ? "expected a question with buttons, read it as certain" : "expected a certain reading, read it as unsure");
        }
        TreeSet<String> warnings = new TreeSet<>();
        result.reports().forEach(r -> r.warnings().forEach(w -> warnings.add(w.name())));
        boolean same = warnings.equals(new TreeSet<>(c.warnings()));
        fields.put("warnings", same);
        if (!same) {
            wrong.add("warnings: expected " + c.warnings() + ", read " + warnings);
        }
    }

    public static void main(String[] args) {
        CorpusScore score = new CorpusScore();
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> byGroup = new TreeMap<>();
        Map<String, int[]> byField = new LinkedHashMap<>();
        FIELDS.forEach(f -> byField.put(f, new int[2]));
        List<Verdict> failures = new ArrayList<>();
        for (Corpus.Case c : Corpus.all()) {
            Verdict v = score.check(c);
            count(byKind, c.kind(), v.right());
            if (c.group() != null) {
                count(byGroup, c.kind() + "/" + c.group(), v.right());
            }
            v.fields().forEach((f, ok) -> count(byField, f, ok));
            if (!v.right()) {
                failures.add(v);
            }
        }
        StringBuilder out = new StringBuilder("Corpus score\n\nby kind of case\n");
        byKind.forEach((k, n) -> line(out, k, n));
        out.append("\nby not-a-count class and phrasing\n");
        byGroup.forEach((k, n) -> line(out, k, n));
        out.append("\nreports, by field (cases stating the field)\n");
        byField.forEach((k, n) -> line(out, k, n));
        int total = byKind.values().stream().mapToInt(n -> n[1]).sum();
        int right = byKind.values().stream().mapToInt(n -> n[0]).sum();
        out.append(String.format("%nall: %d of %d cases read right (%.1f%%)%n", right, total, 100.0 * right / total));
        for (Verdict v : failures) {
            out.append("\n").append(v.c().id()).append(": ").append(v.c().text().replace("\n", "⏎")).append('\n');
            v.wrong().forEach(w -> out.append("  ").append(w).append('\n'));
        }
        System.out.print(out); // a command-line report: its output is the point
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static void count(Map<String, int[]> counts, String key, boolean right) {
        int[] n = counts.computeIfAbsent(key, k -> new int[2]);
        n[0] += right ? 1 : 0;
        n[1]++;
    }

    private static void line(StringBuilder out, String key, int[] n) {
        out.append(String.format("  %-28s %4d / %-4d %6.1f%%%n", key, n[0], n[1], 100.0 * n[0] / n[1]));
    }
}
