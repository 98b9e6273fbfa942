package th.reportbot.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import redis.embedded.RedisServer;
import th.reportbot.support.TestRedis;
import th.reportbot.support.Webhooks;

/**
 * Sends signed webhook events at a chosen rate to a bot, with LINE played by a local fake that answers like LINE,
 * and prints sustained events per second, latency of /callback (p50/p95/p99, measured from each event's scheduled
 * send time, so a slow bot cannot hide queueing), errors, replies that reached "LINE", whether every acknowledged
 * event is in Redis afterwards, and the bot's resident memory.
 * <p>
 * {@code --rate N} events per second (0: as fast as {@code --concurrency} allows), {@code --seconds S} measured
 * after {@code --warmup W} seconds at the same pace, {@code --concurrency C} keep-alive connections, {@code --groups G}.
 * Every request is built and signed before its run starts, so that the driver's share of the CPU goes to sending.
 * <p>
 * By default it starts the packaged bot ({@code mvn package}) as its own process with the Dockerfile's JVM flags,
 * beside an embedded Redis with the append-only file on, put on disk before each answer ({@code --appendfsync always},
 * as the README advises; {@code everysec} to measure what that costs). {@code --url U --secret S --line-port P [--redis R]} drive
 * a bot running elsewhere instead (start that bot with {@code LINE_BOT_APIENDPOINT=http://127.0.0.1:P/}).
 */
public final class WebhookLoadDriver {
    private static final String SECRET = "load-driver-secret";
    /** Events prepared per second of a saturation run: more than this machine's bot can take. */
    private static final int SATURATION_CAP = 5_000;
    private static final String[] ORGS = {"ทต.บ้านลาด", "อบต.บ้านหาด", "อบต.บ้านทาน", "อบต.ตำหรุ", "อบต.สมอพลือ",
            "อบต.ไร่มะขาม", "อบต.ท่าเสน", "อบต.หนองกระเจ็ด", "อบต.หนองกะปุ", "อบต.ไร่โคก", "อบต.โรงเข้", "อบต.ไร่สะท้อน",
            "อบต.ท่าช้าง", "อบต.ถ้ำรงค์", "อบต.ห้วยลึก"};

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int rate = Integer.parseInt(opt.getOrDefault("rate", "500"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "64"));
        int groups = Integer.parseInt(opt.getOrDefault("groups", "200"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "20"));
        String appendfsync = opt.getOrDefault("appendfsync", "always");

        FakeLineServer line = new FakeLineServer(Integer.parseInt(opt.getOrDefault("line-port", "0")));
        RedisServer redis = null;
        BotProcess bot = null;
        String url = opt.get("url");
        String secret = opt.getOrDefault("secret", SECRET);
        String redisUrl = opt.get("redis");
        if (url == null) {
            int redisPort = TestRedis.freePort();
            Path dir = Files.createTempDirectory("load-redis");
            redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort).setting("dir " + dir)
                    .setting("appendonly yes").setting("appendfsync " + appendfsync).setting("save \"\"").build();
            redis.start();
            redisUrl = "redis://127.0.0.1:" + redisPort;
            // The member reply limit is lifted: the driver's few members per group post far more than people do.
            // The dedupe window is widened: the driver's events are dated 2023, and older ones are refused.
            bot = BotProcess.start(Map.of("LINE_CHANNEL_SECRET", SECRET, "LINE_CHANNEL_TOKEN", "load-token",
                    "LINE_BOT_APIENDPOINT", line.url(), "REDIS_URL", redisUrl,
                    "REPORTBOT_SCHEDULE_ENABLED", "false", "REPORTBOT_REPLIESPERMEMBERPERMINUTE", "1000000",
                    "REPORTBOT_STORE_DEDUPEFOR", "36500d"), List.of());
            url = "http://127.0.0.1:" + bot.port + "/callback";
            System.out.printf("bot: its own process, JVM flags from the Dockerfile: %s; up in %.1f s; Redis appendfsync %s%n",
                    String.join(" ", BotProcess.containerFlags()), bot.startedIn.toMillis() / 1000.0, appendfsync);
        }
        System.out.printf("load: %s events/s for %d s after %d s of warm-up, %d connections, %d groups -> %s%n",
                rate == 0 ? "as many" : rate, seconds, warmup, concurrency, groups, url);

        if (redisUrl != null) {
            bindGroups(redisUrl, groups);
        }
        URI target = URI.create(url);
        // Warm-up at the measured pace, so that the JIT has compiled the bot's path before anything counts.
        run(target, secret, warmup, rate, concurrency, groups, "warm-");
        if (bot != null) {
            bot.resetPeak();
        }
        Result r = run(target, secret, seconds, rate, concurrency, groups, "E");
        // Replies leave through the outbox after the webhook has answered: wait for them, ten seconds at most.
        for (long until = System.nanoTime() + 10_000_000_000L; line.repliesTo("rE") < r.ok && System.nanoTime() < until; ) {
            Thread.sleep(50);
        }
        System.out.printf("sent %d, acknowledged (200) %d, errors %d%n", r.sent, r.ok, r.errors);
        System.out.printf("sustained %.0f events/s over %.1f s%n", r.ok / r.elapsedSeconds, r.elapsedSeconds);
        System.out.printf("latency of /callback: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100));
        System.out.printf("replies that reached LINE: %d of %d%n", line.repliesTo("rE"), r.ok);
        if (bot != null) {
            System.out.printf("bot's resident memory during the run: peak %d MB, of which anonymous %d MB%n",
                    bot.peakRssMb(), bot.peakAnonymousMb());
        }
        if (redisUrl != null) {
            long stored = storedEvents(redisUrl, groups);
            long expected = r.ok + r.warmOk;
            System.out.printf("events in Redis: %d of %d acknowledged: %s%n", stored, expected,
                    stored == expected ? "each acknowledged event stored once"
                            : stored < expected ? "MISSING " + (expected - stored) : "MORE than acknowledged");
        }
        if (bot != null) {
            bot.close();
        }
        if (redis != null) {
            redis.stop();
        }
        line.stop();
        System.exit(0);
    }

    /**
     * The load groups take part as a district officer's "ผูกอำเภอ" would make them: the binding is written before the
     * run, so that the measured events are all reports.
     */
    private static void bindGroups(String redisUrl, int groups) {
        RedisClient client = RedisClient.create(redisUrl);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            for (int g = 0; g < groups; g++) {
                connection.sync().set("rb:{Cload" + g + "}:district", "ban-lat");
            }
        } finally {
            client.shutdown();
        }
    }

    /** Entries in the groups' histories: one per stored event. */
    private static long storedEvents(String redisUrl, int groups) {
        RedisClient client = RedisClient.create(redisUrl);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            long stored = 0;
            for (int g = 0; g < groups; g++) {
                stored += connection.sync().xlen("rb:{Cload" + g + "}:history");
            }
            return stored;
        } finally {
            client.shutdown();
        }
    }

    private static final class Result {
        long sent;
        long ok;
        long errors;
        long warmOk;
        double elapsedSeconds;
        long[] latencies;

        double percentile(int p) {
            if (latencies.length == 0) {
                return 0;
            }
            int i = (int) Math.min(latencies.length - 1, Math.ceil(p / 100.0 * latencies.length) - 1);
            return latencies[Math.max(0, i)] / 1_000_000.0;
        }
    }

    private static long warmOk;

    /**
     * Each of {@code concurrency} connections takes the next event, waits for its scheduled time and sends it. When
     * every connection is busy the next event goes out late, and its latency still counts from its scheduled time.
     */
    private static Result run(URI url, String secret, int seconds, int rate, int concurrency, int groups,
                              String prefix) throws Exception {
        int total = (rate == 0 ? SATURATION_CAP : rate) * seconds;
        byte[][] requests = new byte[total][];
        long friday = LocalDate.of(2023, 6, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Bangkok")).toInstant().toEpochMilli();
        for (int n = 0; n < total; n++) {
            int group = n % groups;
            int orgIndex = (n / groups) % ORGS.length;
            // One member per organisation per group, as in a real group: the same few people post again and again.
            String member = "Uload" + group + "m" + orgIndex;
            byte[] body = body("Cload" + group, member, prefix + n, friday + n, ORGS[orgIndex] + " รวม " + (100 + n % 900))
                    .getBytes(StandardCharsets.UTF_8);
            requests[n] = RawHttpConnection.post(url, "X-Line-Signature", Webhooks.signature(body, secret), body);
        }
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        long start = System.nanoTime() + 20_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread sender = new Thread(() -> {
                try (RawHttpConnection connection = new RawHttpConnection(url)) {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long due = start + i * interval;
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        long sentAt = rate == 0 ? System.nanoTime() : due;
                        if (rate == 0 && sentAt >= end) {
                            break;
                        }
                        int status;
                        try {
                            status = connection.exchange(requests[i]);
                        } catch (IOException e) {
                            status = -1;
                        }
                        long done = System.nanoTime();
                        latencies[i] = done - sentAt;
                        lastDone.accumulateAndGet(done, Math::max);
                        (status == 200 ? ok : errors).incrementAndGet();
                    }
                }
            }, "load-" + c);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        Result r = new Result();
        r.latencies = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        r.sent = r.latencies.length;
        r.ok = ok.get();
        r.errors = errors.get();
        r.elapsedSeconds = (lastDone.get() - start) / 1e9;
        if (prefix.startsWith("warm")) {
            warmOk = r.ok;
        }
        r.warmOk = warmOk;
        return r;
    }

    private static String body(String group, String member, String id, long timestamp, String text) {
        return "{\"destination\":\"Uload\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":" + timestamp
                + ",\"webhookEventId\":\"" + id + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                + "\"source\":{\"type\":\"group\",\"groupId\":\"" + group + "\",\"userId\":\"" + member + "\"},"
                + "\"replyToken\":\"r" + id + "\",\"message\":{\"type\":\"text\",\"id\":\"m" + id + "\",\"text\":\""
                + text + "\"}}]}";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opt;
    }
}
