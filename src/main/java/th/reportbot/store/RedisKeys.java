package th.reportbot.store;

/**
 * Key names. Every key of a chat carries the chat id in a hash tag, {@code rb:{chatId}:...}, so that one chat's
 * keys share a Redis Cluster slot and a Lua script may touch them together.
 */
final class RedisKeys {
    private RedisKeys() {
    }

    static String history(String chatId) {
        return prefix(chatId) + "history";
    }

    static String seen(String chatId, String eventId) {
        return prefix(chatId) + "seen:" + eventId;
    }

    private static String prefix(String chatId) {
        return "rb:{" + chatId + "}:";
    }
}
