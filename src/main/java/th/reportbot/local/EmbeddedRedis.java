package th.reportbot.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.embedded.RedisServer;

/**
 * The Redis that local mode starts: a real Redis server binary shipped in the embedded-redis jar, keeping its data
 * under the data folder with the append-only file on, so a restart of the bot keeps what was stored. The file is on
 * disk before Redis answers ({@code appendfsync always}): the webhook's 200 then means the event survives a crash.
 */
class EmbeddedRedis implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;
    private final Path dataDir;

    EmbeddedRedis(int port, Path dataDir) throws IOException {
        this.port = port;
        this.dataDir = dataDir.toAbsolutePath();
        Files.createDirectories(this.dataDir);
        this.server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir \"" + this.dataDir + "\"")
                .setting("appendonly yes")
                .setting("appendfsync always")
                .onShutdownForceStop(true)
                .build();
    }

    void start() throws IOException {
        server.start();
        log.info("Local mode: embedded Redis on 127.0.0.1:{}, data in {}", port, dataDir);
    }

    @Override
    public void close() throws IOException {
        server.stop();
    }
}
