package th.reportbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/**
 * The Redis the tests use: the one at {@code REDIS_URL} when set (CI starts Debian's redis-server), otherwise an
 * embedded Redis server started once for the test JVM.
 */
public final class TestRedis {
    private static String url;

    private TestRedis() {
    }

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("REDIS_URL");
            url = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return url;
    }

    /** A server of the test's own, which the test may stop and start. No persistence. */
    public static RedisServer newServer(int port) {
        try {
            return RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").onShutdownForceStop(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String startEmbedded() {
        int port = freePort();
        RedisServer server = newServer(port);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis for the tests", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }));
        return "redis://127.0.0.1:" + port;
    }
}
