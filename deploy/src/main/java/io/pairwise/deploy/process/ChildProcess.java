package io.pairwise.deploy.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A started {@link Launch}: its process, its log file and its readiness. */
public final class ChildProcess {

    /** A process that died or missed its deadline while others were waiting for it. */
    public static final class StartupFailure extends Exception {
        private final transient ChildProcess process;

        StartupFailure(ChildProcess process, String reason) {
            super(process.name() + " " + reason);
            this.process = process;
        }

        public ChildProcess process() {
            return process;
        }
    }

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Launch launch;
    private final Process process;
    private final Path log;

    private ChildProcess(Launch launch, Process process, Path log) {
        this.launch = launch;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the process with its output (stdout and stderr) in {@code log}, which is overwritten.
     *
     * @param detached in a session of its own (Linux {@code setsid}), so that it outlives the caller
     *                 untouched by the terminal's Ctrl-C or hang-up
     */
    public static ChildProcess start(Launch launch, Path log, boolean detached) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        launch.readiness().beforeStart();
        List<String> command = new ArrayList<>();
        // setsid execs in place here (a child of the JVM is no group leader), so the pid stays the JVM's.
        if (detached && onPath("setsid")) {
            command.add("setsid");
        }
        command.addAll(launch.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(launch.environment());
        return new ChildProcess(launch, builder.start(), log);
    }

    public String name() {
        return launch.name();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path log() {
        return log;
    }

    public boolean isReady() {
        return launch.readiness().isReady();
    }

    /** The last lines of the log, to show why a process failed. */
    public String logTail(int lines) {
        try {
            String[] all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n");
            return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * Waits until every process is ready, polling them all together.
     *
     * @param onReady told about each process as it becomes ready
     * @throws StartupFailure as soon as one of them exits or the deadline passes
     */
    public static void awaitReady(Collection<ChildProcess> processes, Duration timeout, Consumer<ChildProcess> onReady)
            throws StartupFailure, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<ChildProcess> pending = new ArrayList<>(processes);
        while (true) {
            for (Iterator<ChildProcess> it = pending.iterator(); it.hasNext(); ) {
                ChildProcess child = it.next();
                if (child.isReady()) {
                    it.remove();
                    onReady.accept(child);
                } else if (!child.process.isAlive()) {
                    throw new StartupFailure(child,
                            "exited with status " + child.process.exitValue() + " before it was ready");
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure(pending.getFirst(), "was not ready within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    /**
     * Stops processes together: SIGTERM to all, then SIGKILL to whatever still runs after {@code grace}.
     *
     * @return the processes that had to be killed
     */
    public static List<ProcessHandle> stopAll(Collection<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        List<ProcessHandle> killed = new ArrayList<>();
        for (ProcessHandle process : processes) {
            if (!awaitExit(process, Duration.between(Instant.now(), deadline))) {
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(5));
                killed.add(process);
            }
        }
        return killed;
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}
