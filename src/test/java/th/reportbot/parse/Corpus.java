package th.reportbot.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The parser's specification: {@code corpus/reports.jsonl} (see its README), plus cases of our own. */
public final class Corpus {
    public record Case(String id, String kind, String text, JsonNode expect, List<String> warnings, String note,
                       String bound) {
        @Override
        public String toString() {
            return id + (note == null ? "" : " (" + note + ")");
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
                cases.add(new Case(n.path("id").asText(), n.path("kind").asText(), n.path("text").asText(),
                        n.path("expect"), warnings, n.hasNonNull("note") ? n.path("note").asText() : null,
                        n.hasNonNull("bound") ? n.path("bound").asText() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The shared corpus and ours. */
    public static List<Case> all() {
        List<Case> all = new ArrayList<>(load("/corpus/reports.jsonl"));
        all.addAll(load("/corpus/more-reports.jsonl"));
        return all;
    }
}
