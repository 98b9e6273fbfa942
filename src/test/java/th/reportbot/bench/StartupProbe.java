package th.reportbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Starts the packaged bot in local mode as its own process with the JVM flags the container uses (a 256 MB limit),
 * and prints how long it took to answer /actuator/health and how much memory the process holds, after start and after
 * 300 reports through the simulator. Needs {@code mvn package} first. Linux only (reads /proc).
 */
public final class StartupProbe {

    public static void main(String[] args) throws Exception {
        String data = Files.createTempDirectory("startup-probe").toString();
        try (BotProcess bot = BotProcess.start(Map.of(), List.of("--reportbot.local.data-dir=" + data))) {
            System.out.println("JVM flags (from the Dockerfile): " + String.join(" ", BotProcess.containerFlags()));
            System.out.printf("started (health UP) in %.1f s%n", bot.startedIn.toMillis() / 1000.0);
            System.out.printf("resident memory after start: %d MB%n", bot.rssMb());
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 300; i++) {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port + "/simulator/say"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"userId\":\"Usimulator-rai-khok\",\"text\":\"อบต.ไร่โคก รวม " + i + "\"}"))
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
            System.out.printf("resident memory after 300 reports through the simulator: %d MB%n", bot.rssMb());
        }
        System.exit(0);
    }
}
