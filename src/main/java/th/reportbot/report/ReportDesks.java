package th.reportbot.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The districts this bot serves, one desk each. A chat takes part (its reports are stored and answered, it gets the
 * scheduled pushes) only once a district officer has bound it to their district with "ผูกอำเภอ", also when there is
 * one district: a group the bot is merely invited to must not spend the channel's quota.
 */
public final class ReportDesks {
    private final Map<String, ReportDesk> byId = new LinkedHashMap<>();
    private final ReportStore store;

    public ReportDesks(List<ReportDesk> desks, ReportStore store) {
        if (desks.isEmpty()) {
            throw new IllegalArgumentException("at least one district is needed");
        }
        desks.forEach(d -> {
            if (byId.put(d.district().id(), d) != null) {
                throw new IllegalArgumentException("two rosters have the district id " + d.district().id());
            }
        });
        this.store = store;
    }

    public boolean single() {
        return byId.size() == 1;
    }

    public ReportDesk first() {
        return byId.values().iterator().next();
    }

    public List<ReportDesk> all() {
        return List.copyOf(byId.values());
    }

    /** The district an officer bound the chat to; none until then. */
    public Optional<ReportDesk> forChat(String chatId) {
        return store.districtOf(chatId).map(byId::get);
    }

    /**
     * Whose rules to read a chat's stored reports with (the JSON API, a dashboard link): its bound district, or the
     * only district when there is one. Reading changes nothing, so an unbound chat's history can still be looked at.
     */
    public Optional<ReportDesk> forReading(String chatId) {
        Optional<ReportDesk> bound = forChat(chatId);
        return bound.isPresent() || !single() ? bound : Optional.of(first());
    }

    /** The district a text names: its id, or its name with or without "อำเภอ"/"อ.". */
    public Optional<ReportDesk> named(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^(อำเภอ|อ\\.)\\s*", "");
        if (t.isEmpty()) {
            return single() ? Optional.of(first()) : Optional.empty(); // "ผูกอำเภอ" alone: the only district
        }
        return byId.values().stream().filter(d -> d.district().id().equalsIgnoreCase(t)
                || d.district().name().replaceFirst("^(อำเภอ|อ\\.)\\s*", "").equals(t)).findFirst();
    }

    /** @return false for a duplicate event */
    public boolean bindChat(ChatEvent event, ReportDesk desk) {
        return store.apply(event, List.of(new Change.BindDistrict(desk.district().id())));
    }

    /** Keeps an event in its chat's history as refused, applying nothing. @return false for a duplicate */
    public boolean refuse(ChatEvent event, String reason) {
        return store.recordRefused(event, reason);
    }

    /** Stores an event of a chat that has no district yet. @return false for a duplicate */
    public boolean record(ChatEvent event) {
        return store.recordEvent(event);
    }
}
