package th.reportbot.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Redis master, its replica and one Sentinel watching them, from Debian's redis-server, started once for the test
 * JVM. Tests that need it are skipped, saying so, where redis-server and redis-cli are not installed.
 */
public final class TestSentinel {
    public static final String MASTER_NAME = "reportbot";
    private static int master;
    private static int replica;
    private static int sentinel;
    private static final List<Process> processes = new ArrayList<>();

    private TestSentinel() {
    }

    /** Points the bot at the Sentinel, where there is one. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        if (TestCluster.available()) {
            registry.add("spring.data.redis.sentinel.master", () -> MASTER_NAME);
            registry.add("spring.data.redis.sentinel.nodes", () -> "127.0.0.1:" + sentinelPort());
        }
    }

    public static synchronized int sentinelPort() {
        if (sentinel == 0) {
            start();
        }
        return sentinel;
    }

    /** The port of the master as the Sentinel reports it now. */
    public static int masterPort() {
        String[] address = TestCluster.cli(sentinelPort(), "sentinel", "get-master-addr-by-name", MASTER_NAME).trim().split("\\s+");
        return Integer.parseInt(address[address.length - 1]);
    }

    /** The two data nodes' ports: the first master, then its replica. */
    public static List<Integer> dataPorts() {
        sentinelPort();
        return List.of(master, replica);
    }

    private static void start() {
        try {
            Path dir = Files.createTempDirectory("redis-sentinel");
            master = TestRedis.freePort();
            replica = TestRedis.freePort();
            sentinel = TestRedis.freePort();
            server(dir, master, List.of());
            server(dir, replica, List.of("--replicaof", "127.0.0.1", Integer.toString(master)));
            Path config = dir.resolve("sentinel.conf");
            Files.writeString(config, String.join("\n",
                    "port " + sentinel,
                    "bind 127.0.0.1",
                    "dir " + dir,
                    "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + master + " 1",
                    "sentinel down-after-milliseconds " + MASTER_NAME + " 2000",
                    "sentinel failover-timeout " + MASTER_NAME + " 10000",
                    ""));
            processes.add(new ProcessBuilder("/usr/bin/redis-server", config.toString(), "--sentinel")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("sentinel.log").toFile()).start());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroy)));
            TestCluster.waitFor(() -> TestCluster.cli(replica, "info", "replication").contains("master_link_status:up"),
                    "the test Sentinel set-up");
            TestCluster.waitFor(() -> TestCluster.cli(sentinel, "sentinel", "replicas", MASTER_NAME)
                    .contains(Integer.toString(replica)), "the test Sentinel set-up");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test Sentinel", e);
        }
    }

    private static void server(Path dir, int port, List<String> extra) throws IOException {
        Path nodeDir = Files.createDirectories(dir.resolve(Integer.toString(port)));
        List<String> command = new ArrayList<>(List.of("/usr/bin/redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", nodeDir.toString(), "--appendonly", "yes", "--appendfsync", "always",
                "--save", "", "--daemonize", "no"));
        command.addAll(extra);
        processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("log").toFile()).start());
        TestCluster.waitFor(() -> TestCluster.cli(port, "ping").contains("PONG"), "the test Sentinel set-up");
    }
}
