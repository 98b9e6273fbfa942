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
import java.time.ZoneId;
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
import th.reportbot.support.MovableClock;
import th.reportbot.support.TestRedis;
import th.reportbot.support.Webhooks;

/**
 * How much Redis a year costs: the bot, started as in production beside an embedded Redis, is sent a simulated year
 * through its webhook: 52 Fridays of every organisation's report, a correction for every tenth report and ten chatter
 * messages per report. Prints Redis's {@code used_memory} after one district of 15 organisations (Ban Lat's size)
 * and after a sample of districts of the national average size (7,850 organisations in 878 districts), and
 * extrapolates the sample to 878 districts by organisation. {@code --districts N} sets the sample (default 6: Ban Lat
 * and five average districts); {@code --chatter N} the chatter messages per report.
 */
public final class RedisYear {
    private static final String SECRET = "year-secret";
    private static final String LETTERS = "กขคฆจฉชซญฎฐฑฒณดถธ";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final LocalDateTime FIRST_FRIDAY = LocalDateTime.of(2023, 6, 2, 8, 0);
    private static final int NATIONAL_DISTRICTS = 878;
    private static final int NATIONAL_ORGANISATIONS = 7850;
    /** What members write besides reports: notices, thanks, questions, numbers that are no count. */
    private static final List<String> CHATTER = List.of(
            "รับทราบค่ะ", "ขอบคุณครับ", "พรุ่งนี้ประชุมประจำเดือน เวลา 09.30 น. ณ ห้องประชุมอำเภอ ชั้น 2",
            "สวัสดีตอนเช้าค่ะทุกท่าน 🙏", "ติดต่อสอบถามได้ที่ 032-491-234 ต่อ 12 ในวันและเวลาราชการ",
            "แจ้งประชาสัมพันธ์ หนังสือที่ พบ 0012/ว 45 เรื่องการจัดกิจกรรมวันเด็ก", "👍", "ส่งแล้วนะคะ",
            "วันนี้ออกหน่วยบริการ หมู่ 5 บ้านหนองไม้เหลือง ตั้งแต่ 13:30 น. ใครสะดวกมาช่วยได้บ้างครับ",
            "ขอเลื่อนส่งยอดเป็นบ่ายนะคะ เจ้าหน้าที่ไปราชการ");

    public static void main(String[] args) throws Exception {
        int districts = intArg(args, "--districts", 6);
        int chatterPerReport = intArg(args, "--chatter", 10);
        int averageOrgs = Math.round((float) NATIONAL_ORGANISATIONS / NATIONAL_DISTRICTS);
        Path dir = Files.createTempDirectory("year");
        List<String> files = new ArrayList<>();
        List<List<String>> orgNames = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            int n = d == 0 ? 15 : averageOrgs;
            List<String> names = new ArrayList<>();
            StringBuilder yaml = new StringBuilder("district:\n  id: d" + d + "\n  name: อำเภอบาง" + code(d, 3)
                    + "\n  baseline-date: 2023-05-26\n  officers: [Uofficer" + d + "]\norganisations:\n");
            for (int o = 0; o < n; o++) {
                String name = "อบต.บาง" + code(d, 3) + code(o, 2);
                names.add(name);
                yaml.append("  - {id: o").append(o).append(", name: ").append(name).append("}\n");
            }
            Path file = dir.resolve("d" + d + ".yaml");
            Files.writeString(file, yaml);
            files.add(file.toString());
            orgNames.add(names);
        }

        FakeLineServer line = new FakeLineServer(0);
        int redisPort = TestRedis.freePort();
        // Memory is measured, not durability: no append-only file, no snapshots.
        RedisServer redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort)
                .setting("dir " + Files.createTempDirectory("year-redis")).setting("appendonly no")
                .setting("save \"\"").build();
        redis.start();
        MovableClock clock = new MovableClock(FIRST_FRIDAY.plusWeeks(52).atZone(BANGKOK).toInstant());
        ConfigurableApplicationContext bot = new SpringApplicationBuilder(ReportBotApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("movableClock", Clock.class,
                        () -> clock, def -> def.setPrimary(true)))
                .run("--server.port=0", "--line.bot.channel-secret=" + SECRET, "--line.bot.channel-token=t",
                        "--line.bot.api-end-point=" + line.url(),
                        "--spring.data.redis.url=redis://127.0.0.1:" + redisPort, "--reportbot.schedule.enabled=false",
                        "--reportbot.roster-files=" + String.join(",", files), "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--reportbot.replies-per-member-per-minute=1000000");
        String url = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port") + "/callback";
        StringRedisTemplate template = bot.getBean(StringRedisTemplate.class);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        Sender sender = new Sender(http, url);

        long empty = usedMemory(template);
        long afterFirst = 0;
        long events = 0;
        long started = System.nanoTime();
        for (int d = 0; d < districts; d++) {
            events += year(sender, d, orgNames.get(d), chatterPerReport);
            if (d == 0) {
                afterFirst = usedMemory(template);
                System.out.printf("one district (15 organisations), a year: %d events, Redis used_memory %s (%s over an"
                        + " empty Redis)%n", events, mb(afterFirst), mb(afterFirst - empty));
            }
        }
        long all = usedMemory(template);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d districts, a year: %d events in %.0f s (%.0f/s), %d errors; Redis used_memory %s%n",
                districts, events, seconds, events / seconds, sender.errors.get(), mb(all));
        {
            // Extrapolated by organisation: from the average districts when measured, else from Ban Lat's 15.
            int sampleOrgs = districts > 1 ? (districts - 1) * averageOrgs : 15;
            double perOrg = (double) (districts > 1 ? all - afterFirst : afterFirst - empty) / sampleOrgs;
            long national = empty + Math.round(perOrg * NATIONAL_ORGANISATIONS);
            System.out.printf("per organisation a year: %.0f KB; 878 districts (%d organisations), extrapolated from"
                    + " %d measured: Redis used_memory about %s%n", perOrg / 1024, NATIONAL_ORGANISATIONS, sampleOrgs,
                    mb(national));
        }
        bot.close();
        redis.stop();
        line.stop();
        System.exit(0);
    }

    /** One district's year, Friday by Friday. @return the events sent */
    private static long year(Sender sender, int d, List<String> names, int chatterPerReport) throws InterruptedException {
        String group = "Cyear" + d;
        long sent = 0;
        sender.send(group, "Uofficer" + d, "bind" + d, FIRST_FRIDAY.minusDays(1), "ผูกอำเภอ อำเภอบาง" + code(d, 3)).join();
        for (int w = 0; w < 52; w++) {
            LocalDateTime friday = FIRST_FRIDAY.plusWeeks(w);
            for (int o = 0; o < names.size(); o++) {
                String user = "U" + d + "x" + o;
                LocalDateTime at = friday.plusMinutes(20L * o);
                sender.send(group, user, "r" + d + "w" + w + "o" + o, at, names.get(o) + " รวม " + (100 + 7 * w + o) + " ราย");
                sent++;
                if (o % 10 == 3) {
                    sender.send(group, user, "c" + d + "w" + w + "o" + o, at.plusMinutes(5),
                            "แก้ไขค่ะ " + names.get(o) + " รวม " + (101 + 7 * w + o) + " ราย");
                    sent++;
                }
                for (int c = 0; c < chatterPerReport; c++) {
                    sender.send(group, "U" + d + "x" + ((o + c) % names.size()), "t" + d + "w" + w + "o" + o + "c" + c,
                            at.plusMinutes(1 + c), CHATTER.get((o + c + w) % CHATTER.size()));
                    sent++;
                }
            }
        }
        sender.drain();
        return sent;
    }

    private static final class Sender {
        private final HttpClient http;
        private final String url;
        private final Semaphore inFlight = new Semaphore(16);
        private final List<CompletableFuture<?>> pending = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();

        Sender(HttpClient http, String url) {
            this.http = http;
            this.url = url;
        }

        CompletableFuture<?> send(String group, String user, String id, LocalDateTime at, String text)
                throws InterruptedException {
            inFlight.acquire();
            String body = "{\"destination\":\"U\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":"
                    + at.atZone(BANGKOK).toInstant().toEpochMilli() + ",\"webhookEventId\":\"" + id
                    + "\",\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"group\",\"groupId\":\""
                    + group + "\",\"userId\":\"" + user + "\"},\"replyToken\":\"t" + id
                    + "\",\"message\":{\"type\":\"text\",\"id\":\"m" + id + "\",\"quoteToken\":\"q" + id
                    + "\",\"text\":\"" + text + "\"}}]}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("X-Line-Signature", Webhooks.signature(body.getBytes(StandardCharsets.UTF_8), SECRET))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            CompletableFuture<?> f = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                inFlight.release();
            });
            pending.add(f);
            return f;
        }

        void drain() {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            pending.clear();
        }
    }

    private static long usedMemory(StringRedisTemplate template) {
        return Long.parseLong(template.execute((RedisCallback<String>) c -> c.serverCommands().info("memory")
                .getProperty("used_memory")));
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
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
