package th.reportbot.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.report.Weeks;

/** The parser's specification: the corpus files under {@code corpus/} (see its README). */
public final class Corpus {
    /** Every corpus file, in the order the score lists them. */
    public static final List<String> FILES = List.of(
            "/corpus/reports.jsonl", "/corpus/more-reports.jsonl", "/corpus/phrasings.jsonl", "/corpus/chatter.jsonl",
            "/corpus/fresh.jsonl");
    /** Friday 2 June 2023, 10:00 in Bangkok: when a case is sent unless it says otherwise. */
    public static final Instant DEFAULT_SENT_AT = Instant.parse("2023-06-02T03:00:00Z");

    /**
     * @param group  what the case exercises: a chatter case's not-a-count class, a report's phrasing, or null
     * @param sentAt  when the message was sent
     * @param confirm the bot asks the sender to confirm its reading (with buttons) before storing it
     */
    public record Case(String id, String kind, String text, JsonNode expect, List<String> warnings, String note,
                       String bound, String group, Instant sentAt, boolean confirm) {
        @Override
        public String toString() {
            return id + (note == null ? "" : " (" + note + ")");
        }

        /** The day the message was sent, in Bangkok. */
        public LocalDate sentOn() {
            return Weeks.dayOf(sentAt);
        }
    }

    private Corpus() {
    }

    public static List<Case> load(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Corpus.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<String> warnings = new ArrayList<>();
                n.path("warnings").forEach(w -> warnings.add(w.asText()));
                String group = n.hasNonNull("class") ? n.path("class").asText()
                        : n.hasNonNull("phrasing") ? n.path("phrasing").asText() : null;
                cases.add(new Case(n.path("id").asText(), n.path("kind").asText(), n.path("text").asText(),
                        n.path("expect"), warnings, text(n, "note"), text(n, "bound"), group,
                        n.hasNonNull("sentAt") ? Instant.parse(n.path("sentAt").asText()) : DEFAULT_SENT_AT,
                        n.path("confirm").asBoolean(false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.path(field).asText() : null;
    }

    /** Every case of every file. */
    public static List<Case> all() {
        List<Case> all = new ArrayList<>();
        FILES.forEach(f -> all.addAll(load(f)));
        return all;
    }
}
