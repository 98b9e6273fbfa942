package th.reportbot.store;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import th.reportbot.report.ChatDirectory;
import th.reportbot.schedule.JobLedger;

// Not @Repository: its exception-translation proxy would wrap every call; RedisCalls handles DataAccessException.
@Component
class RedisJobLedger implements JobLedger, ChatDirectory {
    /** Deletes the lock only if this instance still holds it. */
    private static final RedisScript<Long> UNLOCK = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", Long.class);
    private static final Duration KEEP_DONE = Duration.ofDays(60);
    /** Long enough to outlast its month; short enough to leave nothing behind. */
    private static final Duration KEEP_QUOTA_WARNING = Duration.ofDays(62);

    private final StringRedisTemplate redis;

    RedisJobLedger(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Set<String> groups() {
        return RedisCalls.available(() -> {
            Set<String> members = redis.opsForSet().members(RedisKeys.groups());
            return members == null ? Set.of() : members;
        });
    }

    @Override
    public void rememberGroup(String chatId) {
        RedisCalls.available(() -> redis.opsForSet().add(RedisKeys.groups(), chatId));
    }

    @Override
    public void forgetGroup(String chatId) {
        RedisCalls.available(() -> redis.opsForSet().remove(RedisKeys.groups(), chatId));
    }

    @Override
    public boolean lock(String chatId, LocalDate week, String job, String owner, Duration lease) {
        return RedisCalls.available(() -> Boolean.TRUE.equals(
                redis.opsForValue().setIfAbsent(RedisKeys.jobLock(chatId, week, job), owner, lease)));
    }

    @Override
    public void unlock(String chatId, LocalDate week, String job, String owner) {
        RedisCalls.available(() -> redis.execute(UNLOCK, List.of(RedisKeys.jobLock(chatId, week, job)), owner));
    }

    @Override
    public Optional<String> done(String chatId, LocalDate week, String job) {
        return RedisCalls.available(() -> Optional.ofNullable(redis.opsForValue().get(RedisKeys.jobDone(chatId, week, job))));
    }

    @Override
    public void markDone(String chatId, LocalDate week, String job, String outcome) {
        RedisCalls.available(() -> {
            redis.opsForValue().set(RedisKeys.jobDone(chatId, week, job), outcome, KEEP_DONE);
            return null;
        });
    }

    @Override
    public boolean claimQuotaWarning(String chatId, YearMonth month) {
        return RedisCalls.available(() -> Boolean.TRUE.equals(redis.opsForValue()
                .setIfAbsent(RedisKeys.quotaWarned(chatId, month), "1", KEEP_QUOTA_WARNING)));
    }

    @Override
    public void releaseQuotaWarning(String chatId, YearMonth month) {
        RedisCalls.available(() -> redis.delete(RedisKeys.quotaWarned(chatId, month)));
    }

    @Override
    public boolean tableDelivered(String chatId, LocalDate week) {
        return RedisCalls.available(() -> Boolean.TRUE.equals(redis.hasKey(RedisKeys.tableDelivered(chatId, week))));
    }

}
