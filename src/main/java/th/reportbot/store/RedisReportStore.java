package th.reportbot.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.reportbot.BotProperties;
import th.reportbot.report.Change;
import th.reportbot.report.ChatEvent;
import th.reportbot.report.MessageRecord;
import th.reportbot.report.OrgReports;
import th.reportbot.report.Pending;
import th.reportbot.report.ReportStore;
import th.reportbot.report.StoredReport;
import th.reportbot.report.VersionRef;

// Not @Repository: its exception-translation proxy would wrap every call; RedisCalls handles DataAccessException.
@Component
class RedisReportStore implements ReportStore {
    private static final RedisScript<Long> APPLY_EVENT =
            LuaScripts.load("apply-event.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ORG_REPORTS =
            LuaScripts.load("org-reports.lua", List.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CURRENT_REPORTS =
            LuaScripts.load("current-reports.lua", List.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final Duration dedupeFor;
    private final Duration historyFor;

    RedisReportStore(StringRedisTemplate redis, ObjectMapper json, BotProperties properties) {
        this.redis = redis;
        this.json = json;
        this.dedupeFor = properties.store().dedupeFor();
        this.historyFor = properties.store().historyFor();
    }

    @Override
    public boolean apply(ChatEvent event, List<Change> changes) {
        return run(event, changes, null);
    }

    @Override
    public boolean recordRefused(ChatEvent event, String reason) {
        return run(event, List.of(), reason);
    }

    /** @param refused why the event is not applied (kept in its history entry), or null */
    private boolean run(ChatEvent event, List<Change> changes, String refused) {
        String chat = event.chatId();
        ScriptCall call = new ScriptCall();
        call.key(RedisKeys.seen(chat, event.eventId()));
        call.key(RedisKeys.history(chat));
        call.key(RedisKeys.left(chat));
        boolean joins = changes.stream().anyMatch(c -> c instanceof Change.Joined);
        List<String> entry = new java.util.ArrayList<>(HistoryEntry.of(event, json));
        if (refused != null) {
            entry.addAll(List.of("refused", refused));
        }
        call.arg(dedupeFor.toSeconds(), joins ? 1 : 0, entry.size());
        call.arg(entry.toArray());
        // The history keeps what is younger than history-for, judged from this event's time (ids are Redis's clock).
        call.arg(Math.max(0, event.timestamp() - historyFor.toMillis()));
        for (Change change : changes) {
            encode(chat, change, call);
        }
        return RedisCalls.available(() -> {
            Long applied = redis.execute(APPLY_EVENT, call.keys(), call.args());
            return applied != null && applied == 1L;
        });
    }

    private void encode(String chat, Change change, ScriptCall call) {
        if (change instanceof Change.AddVersion add) {
            StoredReport r = add.report();
            call.arg("V+", call.key(RedisKeys.versions(chat, r.week(), r.orgId())), call.key(RedisKeys.version(chat)),
                    call.key(RedisKeys.week(chat, r.week())), call.key(RedisKeys.weeks(chat)),
                    r.at().toEpochMilli(), r.versionId(), write(r), r.orgId(), r.week(), r.week().toEpochDay());
        } else if (change instanceof Change.RemoveVersion remove) {
            VersionRef v = remove.version();
            call.arg("V-", call.key(RedisKeys.versions(chat, v.week(), v.orgId())), call.key(RedisKeys.version(chat)),
                    call.key(RedisKeys.week(chat, v.week())), call.key(RedisKeys.weeks(chat)),
                    v.versionId(), v.orgId(), v.week(), v.week().toEpochDay());
        } else if (change instanceof Change.Bind bind) {
            call.arg("B+", call.key(RedisKeys.binding(chat)), bind.userId(), bind.orgId());
        } else if (change instanceof Change.BindIfUnbound bind) {
            call.arg("B?", call.key(RedisKeys.binding(chat)), bind.userId(), bind.orgId());
        } else if (change instanceof Change.Unbind unbind) {
            call.arg("B-", call.key(RedisKeys.binding(chat)), unbind.userId());
        } else if (change instanceof Change.Left) {
            call.arg("M", call.key(RedisKeys.left(chat)), "1");
        } else if (change instanceof Change.Joined) {
            call.arg("D", call.key(RedisKeys.left(chat)));
        } else if (change instanceof Change.TableDelivered t) {
            String marker = call.key(RedisKeys.tableDelivered(chat, t.week()));
            call.arg("M", marker, "1", "E", marker, dedupeFor.toSeconds());
        } else if (change instanceof Change.BindDistrict d) {
            call.arg("M", call.key(RedisKeys.district(chat)), d.districtId());
        } else if (change instanceof Change.HoldPending h) {
            String pending = call.key(RedisKeys.pending(chat));
            call.arg("H+", pending, h.pending().key(), write(h.pending()), "E", pending, dedupeFor.toSeconds());
        } else if (change instanceof Change.DropPending d) {
            call.arg("H-", call.key(RedisKeys.pending(chat)), d.key());
        } else if (change instanceof Change.BaselineAsked b) {
            call.arg("H+", call.key(RedisKeys.baselineAsked(chat)), b.orgId(), b.at());
        } else if (change instanceof Change.FirstOfMessage m) {
            call.arg("N", call.key(RedisKeys.message(chat, m.messageId())));
        } else if (change instanceof Change.RememberMessage m) {
            // Needed for LINE's edit and unsend (within a day of the message) and their redeliveries.
            String message = call.key(RedisKeys.message(chat, m.message().messageId()));
            call.arg("M", message, write(m.message()), "E", message, dedupeFor.toSeconds());
        } else {
            throw new IllegalArgumentException("No Redis encoding for " + change);
        }
    }

    @Override
    public Optional<String> boundOrg(String chatId, String userId) {
        return RedisCalls.available(() -> Optional.ofNullable((String) redis.opsForHash().get(RedisKeys.binding(chatId), userId)));
    }

    @Override
    public Map<String, String> bindings(String chatId) {
        return RedisCalls.available(() -> {
            Map<String, String> result = new LinkedHashMap<>();
            redis.opsForHash().entries(RedisKeys.binding(chatId)).forEach((u, o) -> result.put((String) u, (String) o));
            return result;
        });
    }

    @Override
    public Map<LocalDate, Map<String, StoredReport>> currentReports(String chatId) {
        return RedisCalls.available(() -> {
            // One script rather than a pipeline: Lettuce would open a dedicated connection for every pipeline.
            List<?> reply = redis.execute(CURRENT_REPORTS, List.of(RedisKeys.weeks(chatId)), weekPrefix(chatId));
            Map<LocalDate, Map<String, StoredReport>> result = new LinkedHashMap<>();
            for (int i = 0; reply != null && i + 1 < reply.size(); i += 2) {
                Map<String, StoredReport> byOrg = new LinkedHashMap<>();
                List<?> fields = (List<?>) reply.get(i + 1);
                for (int f = 0; f + 1 < fields.size(); f += 2) {
                    byOrg.put((String) fields.get(f), read((String) fields.get(f + 1), StoredReport.class));
                }
                result.put(LocalDate.parse((String) reply.get(i)), byOrg);
            }
            return result;
        });
    }

    @Override
    public OrgReports orgReports(String chatId, LocalDate week, java.util.Collection<String> orgIds, String userId) {
        List<String> orgs = List.copyOf(new java.util.LinkedHashSet<>(orgIds));
        return RedisCalls.available(() -> {
            Object[] args = new Object[3 + orgs.size()];
            args[0] = weekPrefix(chatId);
            args[1] = week.toString();
            args[2] = userId == null ? "" : userId;
            for (int i = 0; i < orgs.size(); i++) {
                args[3 + i] = orgs.get(i);
            }
            List<?> reply = redis.execute(ORG_REPORTS, List.of(RedisKeys.weeks(chatId), RedisKeys.binding(chatId),
                    RedisKeys.baselineAsked(chatId)), args);
            java.util.Set<String> reported = new java.util.HashSet<>();
            ((List<?>) reply.get(0)).forEach(o -> reported.add((String) o));
            String senderOrg = reply.get(1) instanceof String s ? s : null;
            java.util.Set<String> asked = new java.util.HashSet<>();
            List<?> askedAt = (List<?>) reply.get(2);
            for (int o = 0; o < orgs.size() && o < askedAt.size(); o++) {
                if (askedAt.get(o) instanceof String) {
                    asked.add(orgs.get(o));
                }
            }
            Map<LocalDate, Map<String, StoredReport>> reports = new LinkedHashMap<>();
            for (int i = 3; i + 1 < reply.size(); i += 2) {
                Map<String, StoredReport> byOrg = new LinkedHashMap<>();
                List<?> found = (List<?>) reply.get(i + 1);
                for (int o = 0; o < orgs.size() && o < found.size(); o++) {
                    if (found.get(o) instanceof String json) {
                        byOrg.put(orgs.get(o), read(json, StoredReport.class));
                    }
                }
                reports.put(LocalDate.parse((String) reply.get(i)), byOrg);
            }
            return new OrgReports(reported, reports, senderOrg, asked);
        });
    }

    @Override
    public Map<String, Pending> pending(String chatId) {
        return RedisCalls.available(() -> {
            Map<String, Pending> result = new LinkedHashMap<>();
            redis.opsForHash().entries(RedisKeys.pending(chatId))
                    .forEach((k, v) -> result.put((String) k, read((String) v, Pending.class)));
            return result;
        });
    }

    private static String weekPrefix(String chatId) {
        return RedisKeys.week(chatId, LocalDate.EPOCH).replace(LocalDate.EPOCH.toString(), "");
    }

    @Override
    public List<StoredReport> versions(String chatId, LocalDate week, String orgId) {
        return RedisCalls.available(() -> {
            Set<String> ids = redis.opsForZSet().reverseRange(RedisKeys.versions(chatId, week, orgId), 0, -1);
            if (ids == null || ids.isEmpty()) {
                return List.of();
            }
            List<Object> found = redis.opsForHash().multiGet(RedisKeys.version(chatId), new ArrayList<>(ids));
            return found.stream().filter(o -> o != null).map(o -> read((String) o, StoredReport.class)).toList();
        });
    }

    @Override
    public Optional<MessageRecord> message(String chatId, String messageId) {
        return RedisCalls.available(() -> Optional.ofNullable(redis.opsForValue().get(RedisKeys.message(chatId, messageId)))
                .map(s -> read(s, MessageRecord.class)));
    }

    @Override
    public Optional<String> districtOf(String chatId) {
        return RedisCalls.available(() -> Optional.ofNullable(redis.opsForValue().get(RedisKeys.district(chatId))));
    }

    @Override
    public boolean knowsChat(String chatId) {
        return RedisCalls.available(() -> Boolean.TRUE.equals(redis.hasKey(RedisKeys.history(chatId))));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
