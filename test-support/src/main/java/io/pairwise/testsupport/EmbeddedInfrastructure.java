package io.pairwise.testsupport;

import io.pairwise.deploy.process.ChildProcess;
import io.pairwise.deploy.process.ChildProcess.StartupFailure;
import io.pairwise.deploy.process.EmbeddedRuntime;
import io.pairwise.deploy.process.Launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The deploy module's Kafka broker and Mongo store (in memory) as child processes of the test JVM, on free
 * ports, with data, logs and ready files in a temporary directory. They end with the test JVM even when it
 * is killed ({@code --exit-with-parent}).
 */
final class EmbeddedInfrastructure extends Infrastructure {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final EmbeddedRuntime runtime;
    private final Path workDir;
    private final List<ChildProcess> processes = new CopyOnWriteArrayList<>();

    EmbeddedInfrastructure() {
        // Surefire runs in the module's directory; the deploy module is found from there.
        Path repository = EmbeddedRuntime.findRepositoryRoot(Path.of(System.getProperty("user.dir")));
        runtime = new EmbeddedRuntime(repository, true);
        try {
            workDir = Files.createTempDirectory("pairwise-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected String startKafka() throws Exception {
        int port = EmbeddedRuntime.freePort();
        int controllerPort = EmbeddedRuntime.freePort();
        while (controllerPort == port) {
            controllerPort = EmbeddedRuntime.freePort();
        }
        start(runtime.kafka(workDir.resolve("kafka"), port, controllerPort, workDir.resolve("kafka.ready")));
        return "localhost:" + port;
    }

    @Override
    protected String startMongo() throws Exception {
        int port = EmbeddedRuntime.freePort();
        start(runtime.mongo(null, port, workDir.resolve("mongo.ready")));
        return "mongodb://localhost:" + port;
    }

    @Override
    String description() {
        return "the embedded Kafka broker and Mongo store as child processes (work directory " + workDir + ")";
    }

    List<ProcessHandle> processes() {
        return processes.stream().map(ChildProcess::handle).toList();
    }

    @Override
    public void close() {
        ChildProcess.stopAll(processes(), Duration.ofSeconds(10));
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is not worth failing a test run for.
        }
    }

    private void start(Launch launch) throws IOException, InterruptedException {
        ChildProcess child = ChildProcess.start(launch, workDir.resolve(launch.name() + ".log"), false);
        processes.add(child);
        try {
            ChildProcess.awaitReady(List.of(child), READY_TIMEOUT, ready -> { });
        } catch (StartupFailure failure) {
            throw new IllegalStateException(
                    failure.getMessage() + "; last lines of its log:\n" + child.logTail(30), failure);
        }
    }
}
