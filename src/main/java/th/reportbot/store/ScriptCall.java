package th.reportbot.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a Lua script's KEYS and ARGV, naming each key once and referring to it by its 1-based index. */
final class ScriptCall {
    private final Map<String, Integer> keyIndex = new LinkedHashMap<>();
    private final List<String> args = new ArrayList<>();

    String key(String key) {
        return Integer.toString(keyIndex.computeIfAbsent(key, k -> keyIndex.size() + 1));
    }

    ScriptCall arg(Object... values) {
        for (Object v : values) {
            args.add(String.valueOf(v));
        }
        return this;
    }

    List<String> keys() {
        return new ArrayList<>(keyIndex.keySet());
    }

    Object[] args() {
        return args.toArray();
    }
}
