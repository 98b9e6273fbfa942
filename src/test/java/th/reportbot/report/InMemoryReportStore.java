package th.reportbot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@link ReportStore} contract in memory, for the desk's tests without Spring or Redis. It follows
 * {@code apply-event.lua} step by step (dedupe, history, "left" check, then the changes); the Redis store has its own
 * tests against a real Redis, end to end.
 */
public final class InMemoryReportStore implements ReportStore {
    private final Map<String, Chat> chats = new HashMap<>();

    /** One chat's state: what the Redis keys of one hash tag hold. */
    private static final class Chat {
        final Set<String> seen = new HashSet<>();
        final List<ChatEvent> history = new ArrayList<>();
        boolean left;
        String district;
        final Map<String, String> bindings = new LinkedHashMap<>();
        final Map<String, StoredReport> versionsById = new HashMap<>();
        final Map<LocalDate, Map<String, List<StoredReport>>> versions = new TreeMap<>();
        final Map<String, MessageRecord> messages = new HashMap<>();
        final Map<String, Pending> pending = new LinkedHashMap<>();
        final Set<LocalDate> tabled = new HashSet<>();
        final Map<String, String> refused = new HashMap<>();
        final Map<String, Long> baselineAsked = new HashMap<>();
    }

    /** Every event stored for the chat, in the order it was applied (the audit history). */
    public List<ChatEvent> history(String chatId) {
        return List.copyOf(chat(chatId).history);
    }

    public boolean tableDelivered(String chatId, LocalDate week) {
        return chat(chatId).tabled.contains(week);
    }

    /** The ids of the chat's events recorded as refused, with the reason. */
    public Map<String, String> refused(String chatId) {
        return Map.copyOf(chat(chatId).refused);
    }

    @Override
    public synchronized boolean apply(ChatEvent event, List<Change> changes) {
        Chat chat = chat(event.chatId());
        if (!chat.seen.add(event.eventId())) {
            return false;
        }
        chat.history.add(event);
        boolean joins = changes.stream().anyMatch(c -> c instanceof Change.Joined);
        if (!joins && chat.left) {
            return false;
        }
        for (Change change : changes) {
            if (change instanceof Change.FirstOfMessage m) {
                if (chat.messages.containsKey(m.messageId())) {
                    return false;
                }
            } else {
                change(chat, change);
            }
        }
        return true;
    }

    @Override
    public synchronized boolean recordRefused(ChatEvent event, String reason) {
        Chat chat = chat(event.chatId());
        if (!chat.seen.add(event.eventId())) {
            return false;
        }
        chat.history.add(event);
        chat.refused.put(event.eventId(), reason);
        return true;
    }

    private static void change(Chat chat, Change change) {
        if (change instanceof Change.AddVersion add) {
            StoredReport r = add.report();
            chat.versionsById.put(r.versionId(), r);
            List<StoredReport> list = chat.versions.computeIfAbsent(r.week(), w -> new HashMap<>())
                    .computeIfAbsent(r.orgId(), o -> new ArrayList<>());
            list.removeIf(v -> v.versionId().equals(r.versionId())); // a sorted set holds a member once
            list.add(r);
        } else if (change instanceof Change.RemoveVersion remove) {
            VersionRef v = remove.version();
            chat.versions.getOrDefault(v.week(), Map.of()).getOrDefault(v.orgId(), new ArrayList<>())
                    .removeIf(r -> r.versionId().equals(v.versionId()));
        } else if (change instanceof Change.Bind b) {
            chat.bindings.put(b.userId(), b.orgId());
        } else if (change instanceof Change.BindIfUnbound b) {
            chat.bindings.putIfAbsent(b.userId(), b.orgId());
        } else if (change instanceof Change.Unbind u) {
            chat.bindings.remove(u.userId());
        } else if (change instanceof Change.Left) {
            chat.left = true;
        } else if (change instanceof Change.Joined) {
            chat.left = false;
        } else if (change instanceof Change.TableDelivered t) {
            chat.tabled.add(t.week());
        } else if (change instanceof Change.BindDistrict d) {
            chat.district = d.districtId();
        } else if (change instanceof Change.HoldPending h) {
            chat.pending.put(h.pending().key(), h.pending());
        } else if (change instanceof Change.DropPending d) {
            chat.pending.remove(d.key());
        } else if (change instanceof Change.BaselineAsked b) {
            chat.baselineAsked.put(b.orgId(), b.at());
        } else if (change instanceof Change.RememberMessage m) {
            chat.messages.put(m.message().messageId(), m.message());
        } else {
            throw new IllegalArgumentException("No in-memory form for " + change);
        }
    }

    /** Newest first by event time, as the versions sorted set orders them (ties: the larger id first). */
    private static List<StoredReport> newestFirst(List<StoredReport> versions) {
        return versions.stream().sorted(Comparator.comparing(StoredReport::at)
                .thenComparing(StoredReport::versionId).reversed()).toList();
    }

    @Override
    public synchronized Optional<String> boundOrg(String chatId, String userId) {
        return Optional.ofNullable(chat(chatId).bindings.get(userId));
    }

    @Override
    public synchronized Map<String, String> bindings(String chatId) {
        return Map.copyOf(chat(chatId).bindings);
    }

    @Override
    public synchronized Map<LocalDate, Map<String, StoredReport>> currentReports(String chatId) {
        Map<LocalDate, Map<String, StoredReport>> result = new LinkedHashMap<>();
        chat(chatId).versions.forEach((week, byOrg) -> {
            Map<String, StoredReport> current = new LinkedHashMap<>();
            byOrg.forEach((org, versions) -> newestFirst(versions).stream().findFirst()
                    .ifPresent(r -> current.put(org, r)));
            result.put(week, current);
        });
        return result;
    }

    @Override
    public synchronized OrgReports orgReports(String chatId, LocalDate week, Collection<String> orgIds,
                                              String userId) {
        Map<LocalDate, Map<String, StoredReport>> all = currentReports(chatId);
        Map<LocalDate, Map<String, StoredReport>> named = new LinkedHashMap<>();
        all.forEach((w, byOrg) -> {
            Map<String, StoredReport> found = new LinkedHashMap<>();
            orgIds.forEach(o -> Optional.ofNullable(byOrg.get(o)).ifPresent(r -> found.put(o, r)));
            named.put(w, found);
        });
        Set<String> asked = new HashSet<>(orgIds);
        asked.retainAll(chat(chatId).baselineAsked.keySet());
        return new OrgReports(all.getOrDefault(week, Map.of()).keySet(), named,
                userId == null ? null : chat(chatId).bindings.get(userId), asked);
    }

    @Override
    public synchronized List<StoredReport> versions(String chatId, LocalDate week, String orgId) {
        return newestFirst(chat(chatId).versions.getOrDefault(week, Map.of()).getOrDefault(orgId, List.of()));
    }

    @Override
    public synchronized Optional<MessageRecord> message(String chatId, String messageId) {
        return Optional.ofNullable(chat(chatId).messages.get(messageId));
    }

    @Override
    public synchronized Optional<String> districtOf(String chatId) {
        return Optional.ofNullable(chat(chatId).district);
    }

    @Override
    public synchronized boolean knowsChat(String chatId) {
        return chats.containsKey(chatId) && !chats.get(chatId).history.isEmpty();
    }

    @Override
    public synchronized Map<String, Pending> pending(String chatId) {
        return Map.copyOf(chat(chatId).pending);
    }

    private Chat chat(String chatId) {
        return chats.computeIfAbsent(chatId, c -> new Chat());
    }
}
