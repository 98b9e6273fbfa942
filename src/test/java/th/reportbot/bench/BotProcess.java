package th.reportbot.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.reportbot.support.TestRedis;

/**
 * The packaged bot ({@code mvn package}) as its own process, started as the container starts it: with the JVM flags
 * and malloc setting of the Dockerfile, read from the Dockerfile itself. Watches the process's resident memory while
 * it runs. Linux only (reads /proc).
 */
final class BotProcess implements AutoCloseable {
    private static final Path DOCKERFILE = Path.of("Dockerfile");

    final int port;
    final Duration startedIn;
    private final Process process;
    private volatile long peakRssKb;
    private volatile long peakAnonKb;

    private BotProcess(int port, Process process, Duration startedIn) {
        this.port = port;
        this.process = process;
        this.startedIn = startedIn;
        Thread sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The JVM flags of the Dockerfile's JAVA_TOOL_OPTIONS. */
    static List<String> containerFlags() throws IOException {
        Matcher m = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(Files.readString(DOCKERFILE));
        if (!m.find()) {
            throw new IllegalStateException("The Dockerfile sets no JAVA_TOOL_OPTIONS");
        }
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    /**
     * Starts the bot and waits until /actuator/health is UP.
     *
     * @param environment its environment beyond the container's (LINE, Redis, ...)
     * @param arguments   Spring arguments beyond the port and a quiet log
     */
    static BotProcess start(Map<String, String> environment, List<String> arguments) throws Exception {
        int port = TestRedis.freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(containerFlags());
        // Local mode (no LINE credentials) needs the embedded Redis, which only the -local jar carries.
        boolean local = !environment.containsKey("LINE_CHANNEL_SECRET");
        command.addAll(List.of("-jar", jar(local).getPath(), "--server.port=" + port, "--logging.level.root=WARN"));
        if (local) {
            // Our development machines are containers, where local mode otherwise refuses to start (README, "Run it").
            command.add("--reportbot.local.allow-container=true");
        }
        command.addAll(arguments);
        Path log = Files.createTempFile("bot", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Matcher arenas = Pattern.compile("MALLOC_ARENA_MAX=(\\d+)").matcher(Files.readString(DOCKERFILE));
        if (arenas.find()) {
            builder.environment().put("MALLOC_ARENA_MAX", arenas.group(1));
        }
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        while (System.nanoTime() - start < 90_000_000_000L && process.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return new BotProcess(port, process, Duration.ofNanos(System.nanoTime() - start));
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The bot did not come up; its log: " + log);
    }

    /** The production jar, or the one that also carries the embedded Redis for local mode (README, "Docker"). */
    private static File jar(boolean local) {
        File jar = Path.of("target", local ? "thaid-report-bot-local.jar" : "thaid-report-bot.jar").toFile();
        if (!jar.isFile()) {
            throw new IllegalStateException("run mvn package first: " + jar + " is missing");
        }
        return jar;
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory now, in MB. */
    long rssMb() {
        return status("VmRSS:") / 1024;
    }

    long peakRssMb() {
        return peakRssKb / 1024;
    }

    /** The anonymous part of the peak (heap, stacks, metaspace, malloc): what a memory limit cannot reclaim. */
    long peakAnonymousMb() {
        return peakAnonKb / 1024;
    }

    void resetPeak() {
        peakRssKb = 0;
        peakAnonKb = 0;
    }

    private void sample() {
        while (process.isAlive()) {
            peakRssKb = Math.max(peakRssKb, status("VmRSS:"));
            peakAnonKb = Math.max(peakAnonKb, status("RssAnon:"));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // the process has just ended
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
