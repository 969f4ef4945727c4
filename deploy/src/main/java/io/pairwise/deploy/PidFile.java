package io.pairwise.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the launcher remembers of a process it started: the pid and the process's start instant, so that
 * a pid the system has since reused for another process is never taken for ours.
 */
record PidFile(Path file, long pid, Instant started) {

    /** /proc's start times are derived from a boot time that may wobble by a second between reads. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    static PidFile record(Path file, ProcessHandle process) throws IOException {
        Instant started = process.info().startInstant()
                .orElseThrow(() -> new IOException("No start time for pid " + process.pid()));
        PidFile pidFile = new PidFile(file, process.pid(), started);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, process.pid() + " " + started + "\n");
        return pidFile;
    }

    static Optional<PidFile> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String[] fields = Files.readString(file).trim().split("\\s+");
        try {
            return Optional.of(new PidFile(file, Long.parseLong(fields[0]), Instant.parse(fields[1])));
        } catch (RuntimeException e) {
            throw new IOException("Unreadable pid file " + file + "; delete it if nothing of ours runs", e);
        }
    }

    /** The recorded process, if it still runs; empty when it ended or its pid now belongs to another. */
    Optional<ProcessHandle> liveProcess() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().startInstant()
                        .map(actual -> Duration.between(started, actual).abs().compareTo(START_TOLERANCE) <= 0)
                        .orElse(false));
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
