package th.reportbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Lua scripts under {@code src/main/resources/redis/}, read once. A script made from a resource would ask the
 * class loader on every call whether the file changed, which inside the packaged jar cost a fifth of a webhook's time.
 */
final class LuaScripts {
    private LuaScripts() {
    }

    static <T> RedisScript<T> load(String name, Class<T> resultType) {
        try {
            String text = new ClassPathResource("redis/" + name).getContentAsString(StandardCharsets.UTF_8);
            return RedisScript.of(text, resultType);
        } catch (IOException e) {
            throw new UncheckedIOException("The Redis script " + name + " is missing from the classpath", e);
        }
    }
}
