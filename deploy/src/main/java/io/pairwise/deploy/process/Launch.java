package io.pairwise.deploy.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What to run as a child process: a JVM command line, extra environment and how to tell it is ready.
 *
 * @param name        short name used for its log, pid and ready files, e.g. {@code kafka}
 * @param environment added to the inherited environment
 */
public record Launch(String name, List<String> command, Map<String, String> environment, ReadinessProbe readiness) {

    /**
     * Small, fast-starting JVMs: on two cores the JIT's second tier and a parallel GC cost more at start
     * than they ever give back to a development process. Heap sizes come on top, per process.
     */
    public static final List<String> FAST_START_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:+ExitOnOutOfMemoryError");

    public Launch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /** A command line for the JVM running this code, which the caller guarantees to be a JDK 21+. */
    public static List<String> java(List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(FAST_START_JVM_OPTIONS);
        command.addAll(arguments);
        return command;
    }
}
