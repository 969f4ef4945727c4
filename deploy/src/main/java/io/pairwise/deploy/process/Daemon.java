package io.pairwise.deploy.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The life cycle every embedded main shares: start, announce readiness through the ready file,
 * shut down gracefully on SIGTERM, and optionally end together with the process that started it.
 */
public final class Daemon {

    /** What a started server hands back: the address clients use and how to stop it. */
    public record Running(String address, AutoCloseable shutdown) {
    }

    @FunctionalInterface
    public interface Starter {
        Running start(MainArgs args) throws Exception;
    }

    private Daemon() {
    }

    /**
     * Parses the arguments, starts the server and writes the ready file. Returns once the server is
     * ready; the server's own threads keep the process alive until SIGTERM or the parent's end.
     */
    public static void run(String what, String[] argv, Set<String> options, Set<String> flags, Starter starter) {
        MainArgs args;
        try {
            args = MainArgs.parse(argv, options, flags);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (args.exitWithParent()) {
            exitWithParent();
        }
        long started = System.nanoTime();
        try {
            Running running = starter.start(args);
            Runtime.getRuntime().addShutdownHook(
                    new Thread(() -> shutdown(what, running, args.readyFile()), "shutdown"));
            args.readyFile().ifPresent(file -> writeAtomically(file, running.address()));
            System.out.printf("%s ready at %s in %d ms%n", what, running.address(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (Throwable e) {
            // Server threads already started would keep a half-started process alive.
            System.err.println(what + " failed to start");
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Test runs start us with this, so a killed test JVM never leaves a broker or store behind. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    System.out.println("Parent process " + parent.pid() + " ended; shutting down");
                    System.exit(0);
                }),
                () -> System.exit(0));
    }

    private static void shutdown(String what, Running running, Optional<Path> readyFile) {
        System.out.println("Stopping " + what);
        try {
            readyFile.ifPresent(Daemon::deleteQuietly);
            running.shutdown().close();
            System.out.println(what + " stopped");
        } catch (Exception e) {
            System.err.println(what + " did not stop cleanly");
            e.printStackTrace();
        }
    }

    /** Readers poll for the file, so it must appear complete or not at all. */
    static void writeAtomically(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(temp, content);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Whoever starts us next deletes a stale ready file before waiting for a new one.
        }
    }
}
