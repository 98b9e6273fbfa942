package th.reportbot.store;

import java.time.Duration;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

import th.reportbot.report.ChatEvent;
import th.reportbot.report.ReportStore;
import th.reportbot.report.StoreUnavailableException;

@Repository
class RedisReportStore implements ReportStore {
    private static final RedisScript<Long> RECORD_EVENT =
            RedisScript.of(new ClassPathResource("redis/record-event.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final Duration dedupeFor;

    RedisReportStore(StringRedisTemplate redis, StoreProperties properties) {
        this.redis = redis;
        this.dedupeFor = properties.dedupeFor();
    }

    @Override
    public boolean recordEvent(ChatEvent event) {
        List<String> keys = List.of(RedisKeys.seen(event.chatId(), event.eventId()), RedisKeys.history(event.chatId()));
        Object[] args = {
                Long.toString(dedupeFor.toSeconds()),
                "id", event.eventId(),
                "type", event.type(),
                "ts", Long.toString(event.timestamp()),
                "redelivery", Boolean.toString(event.redelivery()),
                "raw", event.rawJson()
        };
        try {
            Long added = redis.execute(RECORD_EVENT, keys, args);
            return added != null && added == 1L;
        } catch (DataAccessException e) {
            throw new StoreUnavailableException("Redis did not store event " + event.eventId() + ": " + e.getMessage(), e);
        }
    }
}
