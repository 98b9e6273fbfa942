package th.reportbot.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import th.reportbot.support.TestRedis;

/**
 * Starts the packaged bot as its own process with the JVM flags the container uses (a 256 MB limit), and prints how
 * long it took to answer /actuator/health and how much memory the process holds, after start and after a load.
 * Needs {@code mvn package} first. Linux only (reads /proc).
 */
public final class StartupProbe {
    /** What the Dockerfile gives the JVM in a 256 MB container. */
    static final List<String> CONTAINER_FLAGS = List.of("-Xmx128m", "-Xss512k", "-XX:MaxMetaspaceSize=96m",
            "-XX:ReservedCodeCacheSize=32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:MaxDirectMemorySize=16m");

    public static void main(String[] args) throws Exception {
        File jar = Files.list(Path.of("target")).map(Path::toFile)
                .filter(f -> f.getName().matches("thaid-report-bot-.*\\.jar") && !f.getName().contains("original"))
                .findFirst().orElseThrow(() -> new IllegalStateException("run mvn package first"));
        int port = TestRedis.freePort();
        Path data = Files.createTempDirectory("startup-probe");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(CONTAINER_FLAGS);
        command.addAll(List.of("-jar", jar.getPath(), "--server.port=" + port, "--reportbot.local.data-dir=" + data,
                "--logging.level.root=WARN"));
        long start = System.nanoTime();
        Process bot = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("bot.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        Duration ready = null;
        while (ready == null && System.nanoTime() - start < 60_000_000_000L) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    ready = Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (java.io.IOException e) {
                Thread.sleep(100);
            }
        }
        System.out.println("JVM flags: " + String.join(" ", CONTAINER_FLAGS));
        System.out.printf("started (health UP) in %.1f s%n", ready == null ? -1 : ready.toMillis() / 1000.0);
        System.out.printf("resident memory after start: %d MB%n", rssMb(bot.pid()));
        for (int i = 0; i < 300; i++) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/simulator/say"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"Usimulator-rai-khok\",\"text\":\"อบต.ไร่โคก รวม " + i + "\"}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        System.out.printf("resident memory after 300 reports through the simulator: %d MB%n", rssMb(bot.pid()));
        bot.destroy();
        bot.waitFor();
        System.exit(0);
    }

    private static long rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
