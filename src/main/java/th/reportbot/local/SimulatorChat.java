package th.reportbot.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What the simulated group shows: members' messages and the bot's replies and pushes, in order. In memory only. */
class SimulatorChat {
    private static final int KEEP = 2_000;

    /**
     * @param from    "member" or "bot"
     * @param message for the bot's lines, LINE's message object as the bot sent it (text, flex, ...)
     */
    record Line(long seq, String from, String userId, String name, String text, JsonNode message, Instant at) {
    }

    private final List<Line> lines = new ArrayList<>();
    private long seq;

    synchronized Line add(String from, String userId, String name, String text, JsonNode message, Instant at) {
        Line line = new Line(++seq, from, userId, name, text, message, at);
        lines.add(line);
        if (lines.size() > KEEP) {
            lines.remove(0);
        }
        return line;
    }

    synchronized List<Line> after(long seq) {
        return lines.stream().filter(l -> l.seq() > seq).toList();
    }

    synchronized List<Line> all() {
        return new ArrayList<>(lines);
    }
}
