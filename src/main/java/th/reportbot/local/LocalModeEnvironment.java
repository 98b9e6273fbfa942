package th.reportbot.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Decides between production and local mode before any bean exists.
 * <p>
 * With a LINE channel secret and token configured the bot talks to LINE. With neither, it runs in local mode: the
 * SDK's auto-configuration refuses to start without credentials, so local mode supplies its own (the simulator signs
 * its webhooks with that secret), starts an embedded Redis unless {@code REDIS_URL} is set, and answers LINE's API
 * inside the process. With only one of the two configured it stops: that is a deployment mistake, not a wish for
 * local mode.
 * <p>
 * Local mode is for a laptop. Its channel secret and admin token are public, so it listens on 127.0.0.1 only, and it
 * refuses to start where it looks deployed: with {@code REDIS_URL} (or a Redis Cluster or Sentinel) configured, whose
 * data the simulator would write to, or inside a container, unless {@code reportbot.local.allow-container} says the
 * container is a developer's own.
 */
public class LocalModeEnvironment implements EnvironmentPostProcessor {
    public static final String LOCAL_MODE = "reportbot.local-mode";
    public static final String EMBEDDED_REDIS_PORT = "reportbot.local.embedded-redis-port";
    static final String LOCAL_SECRET = "local-simulator-channel-secret";
    static final String LOCAL_TOKEN = "local-simulator-channel-token";
    static final String LOCAL_ADMIN_TOKEN = "local-admin-token";
    static final String ALLOW_CONTAINER = "reportbot.local.allow-container";
    private static final String[] DEPLOYED_REDIS = {"REDIS_URL", "spring.data.redis.cluster.nodes",
            "spring.data.redis.sentinel.master"};

    private final Supplier<ContainerSigns> containerSigns;

    /** As Spring Boot creates it (META-INF/spring.factories): reads this machine. */
    public LocalModeEnvironment() {
        this(ContainerSigns::ofThisMachine);
    }

    LocalModeEnvironment(Supplier<ContainerSigns> containerSigns) {
        this.containerSigns = containerSigns;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean hasSecret = hasText(env.getProperty("line.bot.channel-secret"));
        boolean hasToken = hasText(env.getProperty("line.bot.channel-token"));
        if (hasSecret != hasToken) {
            throw new IllegalStateException("Set both LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN for LINE, "
                    + "or neither for local mode; only the " + (hasSecret ? "secret" : "token") + " is set.");
        }
        if (hasSecret) {
            return;
        }
        refuseWhereDeployed(env);
        Map<String, Object> local = new HashMap<>();
        local.put(LOCAL_MODE, "true");
        local.put("server.address", "127.0.0.1");
        if (hasText(env.getProperty("management.server.port"))) {
            local.put("management.server.address", "127.0.0.1");
        }
        local.put("line.bot.channel-secret", LOCAL_SECRET);
        local.put("line.bot.channel-token", LOCAL_TOKEN);
        if (!hasText(env.getProperty("reportbot.admin-token"))) {
            local.put("reportbot.admin-token", LOCAL_ADMIN_TOKEN);
        }
        if (!hasText(env.getProperty(EMBEDDED_REDIS_PORT))) {
            if (!ClassUtils.isPresent("redis.embedded.RedisServer", LocalModeEnvironment.class.getClassLoader())) {
                throw new IllegalStateException("Local mode needs the embedded Redis, which this jar leaves out: set "
                        + "LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN (and REDIS_URL), or run thaid-report-bot-local.jar "
                        + "or mvn spring-boot:run.");
            }
            int port = freePort();
            local.put(EMBEDDED_REDIS_PORT, Integer.toString(port));
            local.put("spring.data.redis.url", "redis://127.0.0.1:" + port);
        }
        env.getPropertySources().addFirst(new MapPropertySource("localMode", local));
    }

    private void refuseWhereDeployed(ConfigurableEnvironment env) {
        for (String redis : DEPLOYED_REDIS) {
            if (hasText(env.getProperty(redis))) {
                throw new LocalModeRefused("Local mode refused: " + redis + " is set but LINE_CHANNEL_SECRET and "
                        + "LINE_CHANNEL_TOKEN are not; set both for production, or unset " + redis
                        + " to try the bot on this machine with its own embedded Redis.");
            }
        }
        if (!env.getProperty(ALLOW_CONTAINER, Boolean.class, false)) {
            containerSigns.get().evidence().ifPresent(sign -> {
                throw new LocalModeRefused("Local mode refused: this looks like a container (" + sign + ") and "
                        + "LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN are not set; set both for production, or "
                        + "REPORTBOT_LOCAL_ALLOWCONTAINER=true for a development container of your own.");
            });
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded Redis", e);
        }
    }
}
