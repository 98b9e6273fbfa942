package th.reportbot.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis Cluster of three masters (and, on request, a replica each) from Debian's redis-server, started once for
 * the test JVM. Tests that need it are skipped, saying so, where redis-server and redis-cli are not installed.
 */
public final class TestCluster {
    private static final File SERVER = new File("/usr/bin/redis-server");
    private static final File CLI = new File("/usr/bin/redis-cli");
    private static List<Integer> ports;
    private static final List<Process> processes = new ArrayList<>();

    private TestCluster() {
    }

    public static boolean available() {
        return SERVER.canExecute() && CLI.canExecute();
    }

    /** Skips the calling test class where the cluster cannot be started, saying why. */
    public static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(available(),
                "Skipped: Debian's redis-server and redis-cli are not installed here (apt-get install redis-server); "
                        + ".ci/run installs them so this test runs in CI.");
    }

    /** Points the bot at the cluster, where there is one. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        if (available()) {
            registry.add("spring.data.redis.cluster.nodes", TestCluster::nodes);
        }
    }

    /** "host:port,host:port,..." of every node, masters first. */
    public static synchronized String nodes() {
        if (ports == null) {
            ports = start(6);
        }
        return String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
    }

    public static List<Integer> ports() {
        nodes();
        return List.copyOf(ports);
    }

    /** Runs redis-cli against one node and returns what it printed. */
    public static String cli(int port, String... args) {
        List<String> command = new ArrayList<>(List.of(CLI.getPath(), "-p", Integer.toString(port)));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> start(int count) {
        List<Integer> list = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory("redis-cluster");
            for (int i = 0; i < count; i++) {
                int port = TestRedis.freePort();
                Path nodeDir = Files.createDirectories(dir.resolve(Integer.toString(port)));
                processes.add(new ProcessBuilder(SERVER.getPath(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                        "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000",
                        "--dir", nodeDir.toString(), "--appendonly", "yes", "--appendfsync", "always", "--save", "",
                        "--daemonize", "no").redirectErrorStream(true).redirectOutput(nodeDir.resolve("log").toFile()).start());
                list.add(port);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroy)));
            for (int port : list) {
                waitFor(() -> cli(port, "ping").contains("PONG"), "the test cluster");
            }
            List<String> create = new ArrayList<>(List.of("--cluster", "create"));
            list.forEach(p -> create.add("127.0.0.1:" + p));
            create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
            String out = cli(list.get(0), create.toArray(String[]::new));
            if (!out.contains("[OK] All 16384 slots covered")) {
                throw new IllegalStateException("redis-cli --cluster create said: " + out);
            }
            for (int port : list) {
                waitFor(() -> cli(port, "cluster", "info").contains("cluster_state:ok"), "the test cluster");
            }
            return list;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test cluster", e);
        }
    }

    /** Waits up to 30 s for a redis-server set-up to reach a state; {@code what} names the set-up in the failure. */
    static void waitFor(java.util.function.BooleanSupplier condition, String what) {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException(what + " did not come up in 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
