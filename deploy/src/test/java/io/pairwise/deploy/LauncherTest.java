package io.pairwise.deploy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    @TempDir
    Path repository;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final List<Process> sleepers = new ArrayList<>();

    @AfterEach
    void killSleepers() {
        sleepers.forEach(Process::destroyForcibly);
    }

    @Test
    void stopEndsOnlyTheProcessesItRecorded() throws Exception {
        Process recorded = sleeper();
        Process unrecorded = sleeper();
        Process pidReused = sleeper();
        PidFile.record(pidFile("kafka"), recorded.toHandle());
        // Same pid, other start time: what a pid file looks like once the system reused its pid.
        Files.writeString(pidFile("mongo"), pidReused.pid() + " " + Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(launcher().stop()).isZero();

        assertThat(recorded.isAlive()).isFalse();
        assertThat(unrecorded.isAlive()).isTrue();
        assertThat(pidReused.isAlive()).isTrue();
        assertThat(pidFile("kafka")).doesNotExist();
        assertThat(pidFile("mongo")).doesNotExist();
        assertThat(output()).contains("kafka", "stopped").contains("mongo", "was not running");
    }

    @Test
    void startIsRefusedWhileARecordedProcessRuns() throws Exception {
        PidFile.record(pidFile("kafka"), sleeper().toHandle());

        assertThat(launcher().start(true, true, 1)).isEqualTo(1);

        assertThat(output()).contains("already running: kafka (pid").contains("Launcher stop");
        try (var pidFiles = Files.list(pidFile("kafka").getParent())) {
            assertThat(pidFiles).containsExactly(pidFile("kafka"));
        }
    }

    @Test
    void startWithoutServiceJarsNamesTheBuildCommand() throws Exception {
        assertThat(launcher().start(false, true, 1)).isEqualTo(1);

        assertThat(output()).contains("profile-service/target/profile-service-0.1.0-SNAPSHOT.jar",
                "gateway/target/gateway-0.1.0-SNAPSHOT.jar", "./mvnw -DskipTests package");
        assertThat(repository.resolve(".run").resolve("pids")).doesNotExist();
    }

    @Test
    void wavesSplitTheApplicationsWithTheGatewayLast() {
        assertThat(Launcher.split(Launcher.APPS, 1)).containsExactly(Launcher.APPS);
        assertThat(Launcher.split(Launcher.APPS, 2)).hasSize(2)
                .last().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .endsWith(new Launcher.App("gateway", 8080));
    }

    private Launcher launcher() {
        return new Launcher(repository, Map.of(), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path pidFile(String name) throws Exception {
        return Files.createDirectories(repository.resolve(".run").resolve("pids")).resolve(name + ".pid");
    }

    private Process sleeper() throws Exception {
        Process process = new ProcessBuilder("sleep", "300").start();
        sleepers.add(process);
        return process;
    }
}
