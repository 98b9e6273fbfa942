package th.reportbot.store;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Key names. Every key of a chat carries the chat id in a hash tag, {@code rb:{chatId}:...}, so that one chat's
 * keys share a Redis Cluster slot and a Lua script may touch them together.
 */
final class RedisKeys {
    private RedisKeys() {
    }

    /** Stream: every accepted event, raw, or as metadata only for chatter; trimmed to the history's lifetime. */
    static String history(String chatId) {
        return prefix(chatId) + "history";
    }

    /** Hash: a sender's key → the report held for their confirmation (JSON). */
    static String pending(String chatId) {
        return prefix(chatId) + "pending";
    }

    /** Dedupe marker of one event id, with an expiry. */
    static String seen(String chatId, String eventId) {
        return prefix(chatId) + "seen:" + eventId;
    }

    /** Hash: organisation id → the week's current report (JSON). */
    static String week(String chatId, LocalDate friday) {
        return prefix(chatId) + "week:" + friday;
    }

    /** Sorted set of the Fridays that have reports (score: epoch day). */
    static String weeks(String chatId) {
        return prefix(chatId) + "weeks";
    }

    /** Sorted set: an organisation's versions for a week (member: version id, score: event time). */
    static String versions(String chatId, LocalDate friday, String orgId) {
        return prefix(chatId) + "versions:" + friday + ":" + orgId;
    }

    /** Hash: version id → version (JSON); every version ever stored. */
    static String version(String chatId) {
        return prefix(chatId) + "version";
    }

    /** Hash: LINE user id → organisation id. */
    static String binding(String chatId) {
        return prefix(chatId) + "binding";
    }

    /** Hash: organisation id → when its reply asked for its baseline (epoch ms); asked once, kept for good. */
    static String baselineAsked(String chatId) {
        return prefix(chatId) + "baseline-asked";
    }

    /** String: set while the bot is out of the group (it left or was removed). */
    static String left(String chatId) {
        return prefix(chatId) + "left";
    }

    /** String: set once a reply carried the week's table. */
    static String tableDelivered(String chatId, LocalDate friday) {
        return prefix(chatId) + "tabled:" + friday;
    }

    /** String: the instance running a scheduled job, with an expiry. */
    static String jobLock(String chatId, LocalDate friday, String job) {
        return prefix(chatId) + "job-lock:" + friday + ":" + job;
    }

    /** String: how a scheduled job ended. */
    static String jobDone(String chatId, LocalDate friday, String job) {
        return prefix(chatId) + "job-done:" + friday + ":" + job;
    }

    /** String: set once the officers were told this month's quota will not cover the chat's scheduled pushes. */
    static String quotaWarned(String chatId, YearMonth month) {
        return prefix(chatId) + "quota-warned:" + month;
    }

    /** Set of the group ids the bot is in (not per chat: the scheduler walks it). */
    static String groups() {
        return "rb:groups";
    }

    /** String: the id of the district the chat is bound to. */
    static String district(String chatId) {
        return prefix(chatId) + "district";
    }

    /** String: the reports one LINE message carried (JSON). */
    static String message(String chatId, String messageId) {
        return prefix(chatId) + "msg:" + messageId;
    }

    private static String prefix(String chatId) {
        return "rb:{" + chatId + "}:";
    }
}
