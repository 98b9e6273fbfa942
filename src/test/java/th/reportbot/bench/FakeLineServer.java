package th.reportbot.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/** LINE's Messaging API for the benchmarks: answers 200 as LINE does, counting replies and pushes. */
final class FakeLineServer {
    private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"(..)");
    final AtomicLong replies = new AtomicLong();
    final AtomicLong pushes = new AtomicLong();
    /** Replies by the first two characters of their reply token, so that a run can count its own. */
    private final Map<String, LongAdder> repliesByToken = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeLineServer(int port) throws IOException {
        // Without TCP_NODELAY the JDK's server and the client's delayed ACKs add ~40 ms to every call: not LINE's.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/reply")) {
                Matcher token = REPLY_TOKEN.matcher(new String(body, StandardCharsets.UTF_8));
                repliesByToken.computeIfAbsent(token.find() ? token.group(1) : "", k -> new LongAdder()).increment();
            }
            byte[] answer = answer(path).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    private String answer(String path) {
        if (path.endsWith("/reply")) {
            replies.incrementAndGet();
            return "{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}";
        }
        if (path.endsWith("/push")) {
            pushes.incrementAndGet();
            return "{\"sentMessages\":[{\"id\":\"2\",\"quoteToken\":\"q\"}]}";
        }
        if (path.endsWith("/quota")) {
            return "{\"type\":\"none\"}";
        }
        if (path.endsWith("/consumption")) {
            return "{\"totalUsage\":0}";
        }
        if (path.endsWith("/members/count")) {
            return "{\"count\":20}";
        }
        return "{}";
    }

    /** Replies whose token starts with these two characters. */
    long repliesTo(String tokenStart) {
        LongAdder n = repliesByToken.get(tokenStart);
        return n == null ? 0 : n.sum();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void stop() {
        server.stop(0);
    }
}
