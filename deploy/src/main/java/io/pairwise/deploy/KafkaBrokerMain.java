package io.pairwise.deploy;

import io.pairwise.deploy.process.Daemon;
import io.pairwise.deploy.process.MainArgs;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker: one node in KRaft combined mode (broker and controller), its log and
 * metadata in {@code --data-dir}, tuned for a small development machine.
 *
 * <pre>--data-dir D [--port 9092] [--controller-port 9093] [--ready-file F] [--exit-with-parent]</pre>
 */
public final class KafkaBrokerMain {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration SERVING_TIMEOUT = Duration.ofSeconds(120);

    private KafkaBrokerMain() {
    }

    public static void main(String[] argv) {
        Daemon.run("Kafka broker", argv, Set.of("data-dir", "port", "controller-port"), Set.of(), args -> {
            Path logDir = Path.of(args.required("data-dir")).toAbsolutePath();
            int port = args.port("port", 9092);
            Properties config = config(logDir, port, args.port("controller-port", 9093));
            formatOnFirstStart(logDir);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
            server.startup();
            String bootstrap = "localhost:" + port;
            awaitServing(bootstrap);
            return new Daemon.Running(bootstrap, () -> {
                server.shutdown();
                server.awaitShutdown();
            });
        });
    }

    static Properties config(Path logDir, int port, int controllerPort) {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort),
                Map.entry("listeners",
                        "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map",
                        "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                // Three partitions so that consumer groups with several instances have something to share.
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "true"),
                // A single node: every replication factor and in-sync minimum is 1.
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // Fewer internal partitions than the default 50: each one costs files and start time.
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // Two cores: a handful of threads instead of the server defaults.
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "2"),
                Map.entry("background.threads", "2"),
                Map.entry("num.recovery.threads.per.data.dir", "1"),
                Map.entry("log.cleaner.threads", "1"),
                // The compaction map is allocated on the heap at start: 128 MB by default.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024))));
        return config;
    }

    /** Formats the storage once; a formatted directory already holds the cluster's identity. */
    private static void formatOnFirstStart(Path logDir) throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(logDir);
        new Formatter()
                .setPrintStream(System.out)
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .run();
    }

    /** Startup returning is not enough: ready means a client gets an answer from the broker. */
    private static void awaitServing(String bootstrap) throws InterruptedException {
        Instant deadline = Instant.now().plus(SERVING_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            Exception lastFailure = null;
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    lastFailure = e;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Broker at " + bootstrap + " does not answer", lastFailure);
                }
                Thread.sleep(100);
            }
        }
    }
}
