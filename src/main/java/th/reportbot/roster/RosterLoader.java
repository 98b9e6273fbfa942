package th.reportbot.roster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a district roster from YAML (see {@code config/ban-lat.yaml}). Works on the YAML node tree rather than
 * binding to classes, so that every error can name the file and the line it is about.
 */
public final class RosterLoader {

    public District load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new RosterException("Cannot read roster file " + file + ": " + e.getMessage(), e);
        }
    }

    public District read(Reader reader, String fileName) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new RosterException(fileName + (mark == null ? "" : ", line " + (mark.getLine() + 1))
                    + ": not valid YAML: " + e.getProblem(), e);
        }
        return new Reading(fileName).district(root);
    }

    private static final class Reading {
        private final String file;

        Reading(String file) {
            this.file = file;
        }

        District district(Node root) {
            if (root == null) {
                throw new RosterException(file + ": the roster file is empty");
            }
            Map<String, Node> top = mapping(root, "the roster");
            Map<String, Node> d = mapping(required(top, "district", root), "district");
            Node districtNode = top.get("district");
            List<Organisation> organisations = organisations(required(top, "organisations", root));
            return new District(
                    text(required(d, "id", districtNode)),
                    text(required(d, "name", districtNode)),
                    d.containsKey("province") ? text(d.get("province")) : "",
                    d.containsKey("group-name") ? text(d.get("group-name")) : "",
                    date(required(d, "baseline-date", districtNode)),
                    d.containsKey("officers") ? texts(d.get("officers")) : List.of(),
                    organisations,
                    schedule(top));
        }

        private Schedule schedule(Map<String, Node> top) {
            Schedule s = Schedule.DEFAULT;
            Pushes pushes = Pushes.ALL;
            if (top.containsKey("schedule")) {
                Map<String, Node> times = mapping(top.get("schedule"), "schedule");
                if (times.containsKey("push")) {
                    pushes = pushes(times.get("push"));
                }
                s = new Schedule(
                        times.containsKey("morning-reminder") ? time(times.get("morning-reminder")) : s.morningReminder(),
                        times.containsKey("missing-reminder") ? time(times.get("missing-reminder")) : s.missingReminder(),
                        times.containsKey("table") ? time(times.get("table")) : s.table(),
                        Set.of());
                if (!s.morningReminder().isBefore(s.missingReminder()) || !s.missingReminder().isBefore(s.table())) {
                    throw error(top.get("schedule"), "the morning reminder, the missing reminder and the table must come in that order");
                }
            }
            Set<LocalDate> holidays = new HashSet<>();
            if (top.containsKey("holidays")) {
                Node list = top.get("holidays");
                if (!(list instanceof SequenceNode seq)) {
                    throw error(list, "'holidays' must be a list of dates");
                }
                seq.getValue().forEach(n -> holidays.add(date(n)));
            }
            return new Schedule(s.morningReminder(), s.missingReminder(), s.table(), holidays, pushes);
        }

        /** {@code push: {morning-reminder: false}}: a key left out stays on; a misspelt key is refused, not ignored. */
        private Pushes pushes(Node node) {
            Map<String, Node> on = mapping(node, "schedule.push");
            for (Map.Entry<String, Node> e : on.entrySet()) {
                if (!List.of("morning-reminder", "missing-reminder", "friday-table").contains(e.getKey())) {
                    throw error(e.getValue(), "unknown push '" + e.getKey()
                            + "' (schedule.push takes morning-reminder, missing-reminder and friday-table)");
                }
            }
            return new Pushes(
                    !on.containsKey("morning-reminder") || flag(on.get("morning-reminder")),
                    !on.containsKey("missing-reminder") || flag(on.get("missing-reminder")),
                    !on.containsKey("friday-table") || flag(on.get("friday-table")));
        }

        private boolean flag(Node node) {
            String value = text(node).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "on", "yes" -> true;
                case "false", "off", "no" -> false;
                default -> throw error(node, "'" + value + "' is not true or false");
            };
        }

        private LocalTime time(Node node) {
            String value = text(node);
            try {
                return LocalTime.parse(value.length() == 4 ? "0" + value : value);
            } catch (DateTimeParseException e) {
                throw error(node, "'" + value + "' is not a time in the form hh:mm");
            }
        }

        private List<Organisation> organisations(Node node) {
            if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                throw error(node, "'organisations' must be a non-empty list");
            }
            List<Organisation> result = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (Node item : seq.getValue()) {
                Map<String, Node> o = mapping(item, "an organisation");
                String id = text(required(o, "id", item));
                String name = text(required(o, "name", item));
                if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                    throw error(o.get("id"), "organisation id '" + id + "' must be lower-case ASCII letters, digits and '-'");
                }
                if (!ids.add(id)) {
                    throw error(o.get("id"), "organisation id '" + id + "' appears twice");
                }
                if (!names.add(name)) {
                    throw error(o.get("name"), "organisation name '" + name + "' appears twice");
                }
                List<String> aliases = o.containsKey("aliases") ? texts(o.get("aliases")) : List.of();
                List<String> places = o.containsKey("places") ? texts(o.get("places")) : List.of();
                Long population = null;
                if (o.containsKey("population")) {
                    String written = text(o.get("population"));
                    if (!written.matches("[1-9][0-9]{0,8}")) {
                        throw error(o.get("population"), "population '" + written + "' must be a whole number above 0");
                    }
                    population = Long.valueOf(written);
                }
                result.add(new Organisation(result.size() + 1, id, name, aliases, places, population));
            }
            return result;
        }

        private Map<String, Node> mapping(Node node, String what) {
            if (!(node instanceof MappingNode m)) {
                throw error(node, what + " must be a mapping of keys to values");
            }
            Map<String, Node> result = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                result.put(text(t.getKeyNode()), t.getValueNode());
            }
            return result;
        }

        private Node required(Map<String, Node> map, String key, Node owner) {
            Node n = map.get(key);
            if (n == null) {
                throw error(owner, "missing '" + key + "'");
            }
            return n;
        }

        private String text(Node node) {
            if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw error(node, "expected a non-empty text value");
            }
            return s.getValue().strip();
        }

        private List<String> texts(Node node) {
            if (!(node instanceof SequenceNode seq)) {
                throw error(node, "expected a list");
            }
            return seq.getValue().stream().map(this::text).toList();
        }

        private LocalDate date(Node node) {
            String value = text(node);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(node, "'" + value + "' is not a date in the form yyyy-mm-dd");
            }
        }

        private RosterException error(Node node, String message) {
            return new RosterException(file + ", line " + (node.getStartMark().getLine() + 1) + ": " + message);
        }
    }
}
