package io.pairwise.deploy;

import io.pairwise.deploy.process.ChildProcess;
import io.pairwise.deploy.process.EmbeddedRuntime;
import io.pairwise.deploy.process.Launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting and stopping the embedded mains as processes, the way the launcher and test-support do. */
final class TestProcesses {

    /** Tests end the processes themselves; exit-with-parent is the safety net if the test JVM dies. */
    static final EmbeddedRuntime RUNTIME = new EmbeddedRuntime(EmbeddedRuntime.findRepositoryRoot(Path.of("")), true);

    private TestProcesses() {
    }

    static ChildProcess startAndAwait(Launch launch, Path log) throws Exception {
        ChildProcess child = ChildProcess.start(launch, log, false);
        try {
            ChildProcess.awaitReady(List.of(child), Duration.ofSeconds(90), ready -> { });
        } catch (ChildProcess.StartupFailure failure) {
            ChildProcess.stopAll(List.of(child.handle()), Duration.ZERO);
            throw new AssertionError(failure.getMessage() + "; log:\n" + child.logTail(40), failure);
        }
        return child;
    }

    /** Stops the process and checks that it ended gracefully, within the grace period. */
    static void stopGracefully(ChildProcess child) {
        List<ProcessHandle> killed = ChildProcess.stopAll(List.of(child.handle()), Duration.ofSeconds(20));
        assertThat(killed).as("killed instead of stopping on SIGTERM; log:%n%s", child.logTail(40)).isEmpty();
        assertThat(child.handle().isAlive()).isFalse();
    }
}
