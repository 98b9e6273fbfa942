package th.reportbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import redis.embedded.RedisServer;
import th.reportbot.ReportBotApplication;
import th.reportbot.schedule.JobRunner;
import th.reportbot.support.MovableClock;
import th.reportbot.support.TestRedis;
import th.reportbot.support.Webhooks;

/**
 * The busiest Friday of the whole country: generated rosters for 878 districts (about 7,850 organisations, one group
 * each), a district officer binding each group, every organisation but one per district posting its count with event
 * times between 09:00 and 12:00, then the 16:30 tables for every group. Prints how long the posting and the tables
 * took (pushes paced to {@code reportbot.push.max-per-second}), Redis's memory and the bot's heap.
 * {@code --districts N} to run a smaller country.
 */
public final class NationalFriday {
    private static final String SECRET = "national-secret";
    /** Consonants that spell no label word and no prefix when strung together. */
    private static final String LETTERS = "กขคฆจฉชซญฎฐฑฒณดถธ";
    private static final LocalDateTime NINE = LocalDateTime.of(2023, 6, 2, 9, 0);

    public static void main(String[] args) throws Exception {
        int districts = args.length > 1 && args[0].equals("--districts") ? Integer.parseInt(args[1]) : 878;
        int organisations = Math.round(districts * 7850f / 878);
        Path dir = Files.createTempDirectory("national");
        List<String> files = new ArrayList<>();
        List<List<String>> orgNames = new ArrayList<>();
        int made = 0;
        for (int d = 0; d < districts; d++) {
            int n = (organisations - made) / (districts - d);
            List<String> names = new ArrayList<>();
            StringBuilder yaml = new StringBuilder("district:\n  id: d" + d + "\n  name: อำเภอบาง" + code(d, 3)
                    + "\n  baseline-date: 2023-05-26\n  officers: [Uofficer" + d + "]\norganisations:\n");
            for (int o = 0; o < n; o++) {
                String name = "อบต.บาง" + code(d, 3) + code(o, 2);
                names.add(name);
                yaml.append("  - {id: o").append(o).append(", name: ").append(name).append("}\n");
            }
            made += n;
            Path file = dir.resolve("d" + d + ".yaml");
            Files.writeString(file, yaml);
            files.add(file.toString());
            orgNames.add(names);
        }
        System.out.printf("national Friday: %d districts, %d organisations, one group each%n", districts, made);

        FakeLineServer line = new FakeLineServer(0);
        AtomicLong pushes = line.pushes;
        int redisPort = TestRedis.freePort();
        RedisServer redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort)
                .setting("dir " + Files.createTempDirectory("national-redis")).setting("appendonly yes")
                .setting("save \"\"").build();
        redis.start();
        MovableClock clock = new MovableClock(Instant.parse("2023-06-02T02:00:00Z"));
        Path rosters = dir.resolve("rosters.txt");
        Files.writeString(rosters, String.join(",", files));
        ConfigurableApplicationContext bot = new SpringApplicationBuilder(ReportBotApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("movableClock", Clock.class,
                        () -> clock, def -> def.setPrimary(true)))
                .run("--server.port=0", "--line.bot.channel-secret=" + SECRET, "--line.bot.channel-token=t",
                        "--line.bot.api-end-point=" + line.url(),
                        "--spring.data.redis.url=redis://127.0.0.1:" + redisPort, "--reportbot.schedule.enabled=false",
                        "--reportbot.roster-files=" + String.join(",", files), "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--reportbot.replies-per-member-per-minute=1000000");
        String url = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port") + "/callback";

        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        for (int d = 0; d < districts; d++) {
            send(http, url, inFlight, sent, errors, "Cnat" + d, "Uofficer" + d, "bind" + d, NINE.minusHours(1),
                    "ผูกอำเภอ อำเภอบาง" + code(d, 3)).join();
        }
        long bindsDone = System.nanoTime();
        int posted = 0;
        for (int d = 0; d < districts; d++) {
            List<String> names = orgNames.get(d);
            for (int o = 0; o < names.size() - 1; o++) { // the last organisation of each district stays missing
                LocalDateTime at = NINE.plusSeconds((long) (10_800.0 * (o + 1) / names.size()));
                sent.add(send(http, url, inFlight, sent, errors, "Cnat" + d, "U" + d + "x" + o, "r" + d + "x" + o, at,
                        names.get(o) + " รวม " + (100 + o)));
                posted++;
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        double postSeconds = (System.nanoTime() - bindsDone) / 1e9;
        System.out.printf("binding %d groups: %.1f s; %d reports posted in %.1f s (%.0f/s), %d errors%n", districts,
                (bindsDone - started) / 1e9, posted, postSeconds, posted / postSeconds, errors.get());

        clock.setBangkok(LocalDateTime.of(2023, 6, 2, 16, 30));
        long before = pushes.get();
        long tick = System.nanoTime();
        bot.getBean(JobRunner.class).tick().join();
        double tableSeconds = (System.nanoTime() - tick) / 1e9;
        long tables = pushes.get() - before;
        System.out.printf("16:30 tables: %d pushes in %.1f s (%.0f pushes/s; reportbot.push.max-per-second=%s)%n",
                tables, tableSeconds, tables / tableSeconds,
                bot.getEnvironment().getProperty("reportbot.push.max-per-second", "1000"));

        StringRedisTemplate template = bot.getBean(StringRedisTemplate.class);
        String memory = template.execute((RedisCallback<String>) c -> String.valueOf(c.serverCommands().info("memory")
                .getProperty("used_memory_human")));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("Redis memory used: %s; bot heap in use after GC: %d MB%n", memory,
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        bot.close();
        redis.stop();
        line.stop();
        System.exit(0);
    }

    private static CompletableFuture<?> send(HttpClient http, String url, Semaphore inFlight, List<CompletableFuture<?>> sent,
                                             AtomicLong errors, String group, String user, String id, LocalDateTime at,
                                             String text) throws InterruptedException {
        inFlight.acquire();
        String body = "{\"destination\":\"U\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":"
                + MovableClockMillis.of(at) + ",\"webhookEventId\":\"" + id + "\",\"source\":{\"type\":\"group\",\"groupId\":\""
                + group + "\",\"userId\":\"" + user + "\"},\"replyToken\":\"t" + id + "\",\"message\":{\"type\":\"text\",\"id\":\"m"
                + id + "\",\"text\":\"" + text + "\"}}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Line-Signature", Webhooks.signature(body.getBytes(StandardCharsets.UTF_8), SECRET))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
            if (e != null || r.statusCode() != 200) {
                errors.incrementAndGet();
            }
            inFlight.release();
        });
    }

    private static final class MovableClockMillis {
        static long of(LocalDateTime bangkok) {
            return bangkok.atZone(java.time.ZoneId.of("Asia/Bangkok")).toInstant().toEpochMilli();
        }
    }

    private static String code(int n, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width; i++) {
            sb.append(LETTERS.charAt(n % LETTERS.length()));
            n /= LETTERS.length();
        }
        return sb.toString();
    }

}
