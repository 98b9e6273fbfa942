package th.reportbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import redis.embedded.RedisServer;
import th.reportbot.support.TestRedis;
import th.reportbot.support.Webhooks;

/**
 * Attacks the packaged bot's webhook as a stranger without the channel secret can, while LINE (this driver) keeps
 * sending valid signed webhooks, and prints what the valid ones suffer: their latency (p50/p95/max), errors, the
 * replies that reached LINE, and the bot's peak resident memory. Each attack runs for {@code --seconds} (20):
 * <ul>
 * <li>{@code slow}: 40 connections each send a webhook's headers and then one byte of body every 5 s, and open a new
 * connection as soon as the bot answers or closes one;</li>
 * <li>{@code large}: 32 connections each send a body of {@code --body-kb} (1024) KB as fast as they can, again and
 * again.</li>
 * </ul>
 * Both run once without an {@code X-Line-Signature} header and once with a wrong one. The bot runs as its own process
 * with the Dockerfile's JVM flags, beside an embedded Redis. Run with {@code mvn -Pbench -DskipTests package exec:exec
 * -Dbench.main=th.reportbot.bench.WebhookAttack -Dbench.args=""}.
 */
public final class WebhookAttack {
    private static final String SECRET = "attack-driver-secret";
    private static final String GROUP = "Cattack";
    private static final int VALID_PER_SECOND = 10;

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(option(args, "seconds", "20"));
        int bodyBytes = Integer.parseInt(option(args, "body-kb", "1024")) * 1024;

        FakeLineServer line = new FakeLineServer(0);
        int redisPort = TestRedis.freePort();
        RedisServer redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort)
                .setting("dir " + Files.createTempDirectory("attack-redis")).setting("save \"\"").build();
        redis.start();
        String redisUrl = "redis://127.0.0.1:" + redisPort;
        bindGroup(redisUrl);
        BotProcess bot = BotProcess.start(Map.of("LINE_CHANNEL_SECRET", SECRET, "LINE_CHANNEL_TOKEN", "attack-token",
                "LINE_BOT_APIENDPOINT", line.url(), "REDIS_URL", redisUrl, "REPORTBOT_SCHEDULE_ENABLED", "false",
                "REPORTBOT_REPLIESPERMEMBERPERMINUTE", "1000000"), List.of());
        URI url = URI.create("http://127.0.0.1:" + bot.port + "/callback");
        System.out.printf("bot: its own process, JVM flags from the Dockerfile: %s%n",
                String.join(" ", BotProcess.containerFlags()));

        measure("warm-up, no attack", url, line, bot, seconds, null);
        measure("no attack", url, line, bot, seconds, null);
        for (boolean signed : new boolean[] {false, true}) {
            String header = signed ? "with a wrong X-Line-Signature" : "without X-Line-Signature";
            measure("40 slow senders (1 byte every 5 s), " + header, url, line, bot, seconds,
                    stop -> slowSender(url, signed, stop));
            measure("32 streams of " + bodyBytes / 1024 + " KB bodies, " + header, url, line, bot, seconds,
                    stop -> largeBodies(url, signed, bodyBytes, stop));
        }
        bot.close();
        redis.stop();
        line.stop();
        System.exit(0);
    }

    interface Attacker {
        /** Attacks until {@code stop} is set; returns how its attempts ended (status or "closed"). */
        Map<String, Long> run(AtomicBoolean stop);
    }

    private static void measure(String name, URI url, FakeLineServer line, BotProcess bot, int seconds,
                                Attacker attack) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        List<Thread> attackers = new ArrayList<>();
        int count = attack == null ? 0 : name.startsWith("40") ? 40 : 32;
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> attack.run(stop).forEach((k, v) -> outcomes.merge(k, v, Long::sum)), "attacker");
            t.setDaemon(true);
            t.start();
            attackers.add(t);
        }
        Thread.sleep(count == 0 ? 0 : 2_000); // the attack is under way before LINE's webhooks are timed
        bot.resetPeak();
        long repliesBefore = line.replies.get();
        String prefix = "v" + System.nanoTime() + "-";
        int total = seconds * VALID_PER_SECOND;
        long[] latencies = new long[total];
        AtomicLong errors = new AtomicLong();
        List<Thread> senders = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < total; n++) {
            long due = start + n * 1_000_000_000L / VALID_PER_SECOND;
            while (System.nanoTime() < due) {
                Thread.sleep(1);
            }
            byte[] body = Webhooks.body(Webhooks.textEvent(GROUP, "Uattack" + n % 15, prefix + n,
                    1_685_682_000_000L + n, "ช่วยเหลือ")).getBytes(StandardCharsets.UTF_8);
            byte[] request = RawHttpConnection.post(url, "X-Line-Signature", Webhooks.signature(body, SECRET), body);
            int i = n;
            // Open loop, a new connection for each, as LINE's deliveries arrive: a stalled one does not delay the next.
            Thread sender = new Thread(() -> {
                try (RawHttpConnection connection = new RawHttpConnection(url)) {
                    if (connection.exchange(request) != 200) {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
                latencies[i] = System.nanoTime() - due;
            }, "valid-" + n);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        stop.set(true);
        for (Thread t : attackers) {
            t.join(15_000);
        }
        for (long until = System.nanoTime() + 10_000_000_000L; line.replies.get() - repliesBefore < total - errors.get()
                && System.nanoTime() < until; ) {
            Thread.sleep(50);
        }
        Arrays.sort(latencies);
        System.out.printf("%s: valid webhooks %d, errors %d, replies %d; latency p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
                        + " bot's peak resident memory %d MB (anonymous %d MB)%s%n", name, total, errors.get(),
                line.replies.get() - repliesBefore, latencies[total / 2] / 1e6, latencies[(int) (total * 0.95)] / 1e6,
                latencies[total - 1] / 1e6, bot.peakRssMb(), bot.peakAnonymousMb(),
                outcomes.isEmpty() ? "" : "; attack requests ended: " + new java.util.TreeMap<>(outcomes));
    }

    /** Headers of a webhook, then a byte of body every 5 s, on a new connection each time the bot ends one. */
    private static Map<String, Long> slowSender(URI url, boolean signed, AtomicBoolean stop) {
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        while (!stop.get()) {
            try (Socket socket = connect(url)) {
                socket.setSoTimeout(200);
                OutputStream out = socket.getOutputStream();
                out.write(head(url, signed, 2_000));
                out.flush();
                String outcome = null;
                long nextByte = System.nanoTime() + 5_000_000_000L;
                while (outcome == null && !stop.get()) {
                    outcome = answer(socket.getInputStream());
                    if (outcome == null && System.nanoTime() >= nextByte) {
                        out.write('{');
                        out.flush();
                        nextByte += 5_000_000_000L;
                    }
                }
                outcomes.merge(outcome == null ? "still open at the end" : outcome, 1L, Long::sum);
            } catch (IOException e) {
                outcomes.merge("closed", 1L, Long::sum);
            }
        }
        return outcomes;
    }

    /** A body of the given size as fast as the connection takes it, its answer, and again. */
    private static Map<String, Long> largeBodies(URI url, boolean signed, int bodyBytes, AtomicBoolean stop) {
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        byte[] body = new byte[bodyBytes];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[bodyBytes - 1] = '}';
        while (!stop.get()) {
            try (Socket socket = connect(url)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(head(url, signed, bodyBytes));
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException refusedMidBody) {
                    // the bot answered and closed before the body was through: read what it said
                }
                String outcome = answer(socket.getInputStream());
                outcomes.merge(outcome == null ? "no answer" : outcome, 1L, Long::sum);
            } catch (IOException e) {
                outcomes.merge("closed", 1L, Long::sum);
            }
        }
        return outcomes;
    }

    private static Socket connect(URI url) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 30_000);
        return socket;
    }

    private static byte[] head(URI url, boolean signed, int contentLength) {
        return ("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/json\r\n"
                + (signed ? "X-Line-Signature: " + "A".repeat(43) + "=\r\n" : "")
                + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The status of the bot's answer, "closed" if it closed without one, null if nothing came within the timeout. */
    private static String answer(InputStream in) throws IOException {
        byte[] status = new byte[12];
        int read = 0;
        try {
            while (read < status.length) {
                int n = in.read(status, read, status.length - read);
                if (n < 0) {
                    return read == 0 ? "closed" : "cut short";
                }
                read += n;
            }
        } catch (java.net.SocketTimeoutException nothingYet) {
            if (read == 0) {
                return null;
            }
            throw nothingYet;
        }
        return new String(status, 9, 3, StandardCharsets.US_ASCII);
    }

    private static void bindGroup(String redisUrl) {
        RedisClient client = RedisClient.create(redisUrl);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("rb:{" + GROUP + "}:district", "ban-lat");
        } finally {
            client.shutdown();
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--" + name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private WebhookAttack() {
    }
}
