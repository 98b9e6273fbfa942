package th.reportbot.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import redis.embedded.core.ExecutableProvider;

/**
 * A redis-server of a test's own, as a child process with the append-only file on in a directory of its own, which
 * the test can kill with SIGKILL and start again on the same directory and port. Debian's redis-server where it is
 * installed (CI installs it), otherwise the Redis 6.2 binary inside the embedded-redis jar: both take the same
 * command line, so the test runs either way.
 * <p>
 * Where a C compiler is installed, the server runs with {@code redis/slow-fsync.c} preloaded, so that the test can
 * make the disk slow for a while ({@link #slowDisk}): see that file for why a slow disk is where a crash loses data.
 */
public final class CrashableRedis implements AutoCloseable {
    private static final File DEBIAN = new File("/usr/bin/redis-server");

    private final String appendfsync;
    private final int port = TestRedis.freePort();
    private final Path dir;
    private final File binary;
    private final Path slowFsync;
    private Process process;

    /** @param appendfsync {@code always} or {@code everysec}: when Redis puts the append-only file on disk */
    public CrashableRedis(String appendfsync) {
        this.appendfsync = appendfsync;
        try {
            // On the machine's disk rather than java.io.tmpdir, which may be a tmpfs.
            this.dir = Files.createTempDirectory(Path.of("target"), "crashable-redis").toAbsolutePath();
            this.binary = DEBIAN.canExecute() ? DEBIAN : ExecutableProvider.newJarResourceProvider().get();
            this.slowFsync = compileSlowFsync(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare a redis-server", e);
        }
    }

    public synchronized void start() {
        ProcessBuilder builder = new ProcessBuilder(binary.getPath(), "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", appendfsync,
                "--save", "", "--daemonize", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("log").toFile()));
        if (slowFsync != null) {
            builder.environment().put("LD_PRELOAD", slowFsync.toString());
            builder.environment().put("SLOW_FSYNC_FLAG", dir.resolve("slow-disk").toString());
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + binary, e);
        }
        // Ready once it answers PING, which a restarted server does only after loading its append-only file.
        TestCluster.waitFor(() -> "PONG".equals(ping()), "redis-server on port " + port + " (log: " + dir + "/log)");
    }

    /** SIGKILL: no shutdown of any kind, nothing flushed that was not already written. */
    public synchronized void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Makes every fsync 700 ms slower from now on, or fast again; does nothing where no C compiler was found. */
    public void slowDisk(boolean slow) throws IOException {
        Path flag = dir.resolve("slow-disk");
        if (slow) {
            Files.writeString(flag, "");
        } else {
            Files.deleteIfExists(flag);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Which server this is, for a failure message. */
    public String describe() {
        return binary + ", appendfsync " + appendfsync
                + (slowFsync != null ? ", disk slowed around the kill" : ", disk not slowed (no C compiler here)");
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    /** The slow-disk library built into {@code dir}, or null where cc is missing or fails. */
    private static Path compileSlowFsync(Path dir) throws IOException {
        Path source = dir.resolve("slow-fsync.c");
        try (InputStream in = CrashableRedis.class.getResourceAsStream("/redis/slow-fsync.c")) {
            Files.copy(in, source);
        }
        Path library = dir.resolve("slow-fsync.so");
        try {
            Process cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-O2", "-o", library.toString(), source.toString(),
                    "-ldl").redirectErrorStream(true).redirectOutput(dir.resolve("cc.log").toFile()).start();
            return cc.waitFor(60, TimeUnit.SECONDS) && cc.exitValue() == 0 ? library : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String ping() {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes());
            byte[] buffer = new byte[64];
            int n = socket.getInputStream().read(buffer);
            return n <= 0 ? "" : new String(buffer, 0, n).trim().replace("+", "");
        } catch (IOException e) {
            return "";
        }
    }
}
