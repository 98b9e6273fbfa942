package th.reportbot.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.reportbot.parse.Outcome;
import th.reportbot.parse.ParseResult;
import th.reportbot.parse.ReportParser;
import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/**
 * A district's reports in one chat: takes messages, corrections, withdrawals and bindings, and answers with the
 * table. Every change is applied atomically with the event that caused it, so a redelivered event changes nothing.
 * Plain Java: the store is an interface.
 */
public final class ReportDesk {
    private final District district;
    private final ReportParser parser;
    private final ReportStore store;
    private final ReportPlanner planner;

    public ReportDesk(District district, ReportParser parser, ReportStore store) {
        this.district = district;
        this.parser = parser;
        this.store = store;
        this.planner = new ReportPlanner(district, parser, store);
    }

    public District district() {
        return district;
    }

    public ReportParser parser() {
        return parser;
    }

    /**
     * A text message: parsed, reconciled and stored with the event, or the event alone when it is no report. Chatter
     * (the parser ignores it) is kept without its text: the audit needs only who wrote when.
     */
    public Submission submit(ChatEvent event, String userId, String messageId, String text) {
        ReportPlanner.Plan plan = planner.plan(event, userId, messageId, messageId, text, true, List.of(), false);
        List<Change> changes = new ArrayList<>();
        if (!plan.changes().isEmpty()) {
            changes.add(new Change.FirstOfMessage(messageId));
            changes.addAll(plan.changes());
        }
        ChatEvent kept = plan.submission().outcome() == Outcome.IGNORE ? event.asIgnored() : event;
        boolean stored = store.apply(kept, changes);
        return stored ? plan.submission() : plan.submission().asDuplicate();
    }

    /** What {@link #submit} would do and say, storing nothing. */
    public Submission dryRun(String chatId, String userId, String text, Instant at) {
        ChatEvent probe = new ChatEvent(chatId, "dry-run", "message", at.toEpochMilli(), false, "{}");
        return planner.plan(probe, userId, "dry-run", "dry-run", text, true, List.of(), false).submission();
    }

    /**
     * An edited message: read again; its reports replace the ones the earlier text carried. An edit older than the
     * one already applied (LINE may deliver out of order), or the same edit under another event id, is kept in the
     * history and changes nothing.
     */
    public Submission edit(ChatEvent event, String userId, String messageId, String text) {
        Optional<MessageRecord> before = store.message(event.chatId(), messageId);
        if (before.isPresent() && before.get().editedAt() >= event.timestamp()) {
            store.apply(event, List.of());
            return Submission.nothingStored(ParseResult.ignore(), true);
        }
        List<VersionRef> old = before.map(MessageRecord::versions).orElse(List.of());
        ReportPlanner.Plan plan = planner.plan(event, userId, messageId, messageId + "@" + event.timestamp(), text,
                false, old, false);
        List<Change> changes = new ArrayList<>();
        old.forEach(ref -> changes.add(new Change.RemoveVersion(ref)));
        changes.addAll(plan.changes());
        if (plan.changes().isEmpty() && !old.isEmpty()) {
            changes.add(new Change.RememberMessage(new MessageRecord(messageId, event.timestamp(), List.of())));
        }
        // An edit that turns chatter into chatter is chatter; one that withdraws reports is kept whole for the audit.
        boolean chatter = old.isEmpty() && plan.submission().outcome() == Outcome.IGNORE;
        boolean stored = store.apply(chatter ? event.asIgnored() : event, changes);
        return stored ? plan.submission() : plan.submission().asDuplicate();
    }

    /**
     * LINE's unsend: the reports the message carried are withdrawn (one version per organisation, whichever event
     * stored it); earlier versions come back. The message stays remembered, so a copy of it arriving later under
     * another event id brings nothing back.
     */
    public boolean unsend(ChatEvent event, String messageId) {
        List<Change> changes = new ArrayList<>();
        store.message(event.chatId(), messageId)
                .ifPresent(m -> m.versions().forEach(ref -> changes.add(new Change.RemoveVersion(ref))));
        // Also when the message is not known (yet): LINE may deliver the unsend first; the message then stores nothing.
        changes.add(new Change.RememberMessage(new MessageRecord(messageId, Long.MAX_VALUE, List.of())));
        return store.apply(event, changes);
    }

    /** "ยกเลิก": withdraws the sender's newest report of this week. */
    public Withdrawal undo(ChatEvent event, String userId) {
        LocalDate week = Weeks.fridayOf(Instant.ofEpochMilli(event.timestamp()));
        StoredReport newest = null;
        for (Organisation org : district.organisations()) {
            for (StoredReport v : store.versions(event.chatId(), week, org.id())) {
                if (userId != null && userId.equals(v.userId()) && (newest == null || v.at().isAfter(newest.at()))) {
                    newest = v;
                }
            }
        }
        if (newest == null) {
            return new Withdrawal(null, null, null, !store.apply(event, List.of()));
        }
        StoredReport withdrawn = newest;
        StoredReport nowShown = store.versions(event.chatId(), week, withdrawn.orgId()).stream()
                .filter(v -> !v.versionId().equals(withdrawn.versionId())).findFirst().orElse(null);
        boolean stored = store.apply(event, List.of(new Change.RemoveVersion(VersionRef.of(withdrawn))));
        return new Withdrawal(district.organisation(withdrawn.orgId()).orElse(null), withdrawn, nowShown, !stored);
    }

    /** @return false for a duplicate event */
    public boolean bind(ChatEvent event, String userId, Organisation org) {
        return store.apply(event, List.of(new Change.Bind(userId, org.id())));
    }

    /** @return false for a duplicate event */
    public boolean unbind(ChatEvent event, String userId) {
        return store.apply(event, List.of(new Change.Unbind(userId)));
    }

    public Optional<Organisation> boundOrg(String chatId, String userId) {
        return userId == null ? Optional.empty()
                : store.boundOrg(chatId, userId).flatMap(district::organisation);
    }

    /** The reports a LINE message carried, as last read. */
    public List<VersionRef> carriedBy(String chatId, String messageId) {
        return store.message(chatId, messageId).map(MessageRecord::versions).orElse(List.of());
    }

    /** The members bound to each organisation: organisation id → LINE user ids, in binding order. */
    public Map<String, List<String>> membersByOrg(String chatId) {
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        store.bindings(chatId).forEach((user, org) -> result.computeIfAbsent(org, o -> new ArrayList<>()).add(user));
        return result;
    }

    /** The bot joined the group. @return false for a duplicate */
    public boolean joined(ChatEvent event) {
        return store.apply(event, List.of(new Change.Joined()));
    }

    /** The bot left the group: its later events are kept and ignored. @return false for a duplicate */
    public boolean left(ChatEvent event) {
        return store.apply(event, List.of(new Change.Left()));
    }

    /** Stores an event that changes nothing else. @return false for a duplicate */
    public boolean record(ChatEvent event) {
        return store.recordEvent(event);
    }

    public boolean knowsChat(String chatId) {
        return store.knowsChat(chatId);
    }

    public DistrictTable table(String chatId, LocalDate week) {
        return TableBuilder.build(district, week, store.currentReports(chatId));
    }

    /** A week's table and the table of every week that has a report, oldest first. */
    public Season season(String chatId, LocalDate week) {
        Map<LocalDate, Map<String, StoredReport>> reports = store.currentReports(chatId);
        return new Season(TableBuilder.build(district, week, reports), reports.keySet().stream().sorted()
                .map(w -> TableBuilder.build(district, w, reports)).toList());
    }

    /**
     * The answer to a question about a held report: a tap on its buttons or a typed "ใช่" / "ไม่ใช่".
     *
     * @param key   the held report's {@link Pending#key()}
     * @param id    the held report's id as the button carries it, or null for a typed answer (the sender's newest)
     * @param yes   ✅ rather than ❌
     * @param officer the one answering is a district officer
     */
    public Answer answer(ChatEvent event, String userId, String key, String id, boolean yes, boolean officer) {
        Pending pending = store.pending(event.chatId()).get(key);
        if (pending == null || (id != null && !id.equals(pending.id()))) {
            return store.apply(event, List.of()) ? Answer.of(Answer.Kind.GONE, pending) : Answer.duplicate();
        }
        boolean sender = userId != null && userId.equals(pending.userId());
        if (!sender && !officer) {
            return store.apply(event, List.of()) ? Answer.of(Answer.Kind.NOT_YOURS, pending) : Answer.duplicate();
        }
        Instant deadline = district.schedule().deadline(pending.week()).atZone(Weeks.BANGKOK).toInstant();
        Change drop = new Change.DropPending(key);
        if (Instant.ofEpochMilli(event.timestamp()).isAfter(deadline)) {
            return store.apply(event, List.of(drop)) ? Answer.of(Answer.Kind.LAPSED, pending) : Answer.duplicate();
        }
        if (!yes) {
            return store.apply(event, List.of(drop)) ? Answer.of(Answer.Kind.DROPPED, pending) : Answer.duplicate();
        }
        ChatEvent original = new ChatEvent(event.chatId(), pending.id(), "message", pending.timestamp(), false, "{}");
        ReportPlanner.Plan plan = planner.plan(original, pending.userId(), pending.messageId(), pending.messageId(),
                pending.text(), true, List.of(), true);
        List<Change> changes = new ArrayList<>(plan.changes());
        changes.add(drop);
        if (!store.apply(event, changes)) {
            return Answer.duplicate();
        }
        return new Answer(plan.submission().stored() ? Answer.Kind.STORED : Answer.Kind.GONE, pending,
                plan.submission());
    }

    /** The sender's held report, if any: a typed "ใช่" answers it. */
    public Optional<Pending> pendingOf(String chatId, String key) {
        return Optional.ofNullable(store.pending(chatId).get(key));
    }

    /** The chat's held reports that have not lapsed at the given time, for the officers' dashboard. */
    public List<Pending> pending(String chatId, Instant now) {
        return store.pending(chatId).values().stream()
                .filter(p -> !now.isAfter(district.schedule().deadline(p.week()).atZone(Weeks.BANGKOK).toInstant()))
                .sorted(Comparator.comparingLong(Pending::timestamp)).toList();
    }

}
