package io.pairwise.deploy.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The launches of the embedded broker, store, issuer and mail catcher mains, shared by the launcher and test-support.
 * They run from the deploy module's build output, {@code deploy/target/classes} plus the runtime jars the
 * build copies to {@code deploy/target/lib}, so no module that merely starts them needs their jars.
 */
public final class EmbeddedRuntime {

    // Names, not class literals: test-support loads this class without the broker's and store's jars.
    static final String KAFKA_MAIN = "io.pairwise.deploy.KafkaBrokerMain";
    static final String MONGO_MAIN = "io.pairwise.deploy.MongoStoreMain";
    static final String ISSUER_MAIN = "io.pairwise.deploy.DevIssuerMain";
    static final String MAIL_MAIN = "io.pairwise.deploy.DevMailServerMain";

    private final String classpath;
    private final boolean exitWithParent;

    /**
     * @param exitWithParent whether the processes end when the JVM that starts them ends (tests), or
     *                       live on until stopped (the launcher)
     */
    public EmbeddedRuntime(Path repositoryRoot, boolean exitWithParent) {
        Path target = repositoryRoot.resolve("deploy").resolve("target");
        if (!Files.isDirectory(target.resolve("classes")) || !Files.isDirectory(target.resolve("lib"))) {
            throw new IllegalStateException("The embedded runtime is not built (" + target.resolve("lib")
                    + " is missing); build it with: ./mvnw -DskipTests package");
        }
        this.classpath = target.resolve("classes") + File.pathSeparator + target.resolve("lib").resolve("*");
        this.exitWithParent = exitWithParent;
    }

    /** The repository root: {@code start} or the nearest directory above it that holds {@code deploy/pom.xml}. */
    public static Path findRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy").resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No Pairwise repository (a directory with deploy/pom.xml) at or above " + start.toAbsolutePath());
    }

    /** A port free right now on the loopback interface; good enough for test processes started next. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Launch kafka(Path dataDir, int port, int controllerPort, Path readyFile) {
        return launch("kafka", KAFKA_MAIN, List.of("-Xms64m", "-Xmx256m", "-XX:MaxMetaspaceSize=160m"), readyFile,
                "--data-dir", dataDir.toString(), "--port", String.valueOf(port),
                "--controller-port", String.valueOf(controllerPort));
    }

    /** @param dataDir where the H2 files live, or {@code null} for a store in memory */
    public Launch mongo(Path dataDir, int port, Path readyFile) {
        List<String> memory = List.of("-Xms16m", "-Xmx128m", "-XX:MaxMetaspaceSize=96m");
        return dataDir == null
                ? launch("mongo", MONGO_MAIN, memory, readyFile, "--memory", "--port", String.valueOf(port))
                : launch("mongo", MONGO_MAIN, memory, readyFile,
                        "--data-dir", dataDir.toString(), "--port", String.valueOf(port));
    }

    public Launch issuer(Path dataDir, int port, Path readyFile) {
        return launch("issuer", ISSUER_MAIN, List.of("-Xms16m", "-Xmx64m", "-XX:MaxMetaspaceSize=64m"), readyFile,
                "--data-dir", dataDir.toString(), "--port", String.valueOf(port));
    }

    public Launch mail(Path dataDir, int smtpPort, int httpPort, Path readyFile) {
        return launch("mail", MAIL_MAIN, List.of("-Xms16m", "-Xmx64m", "-XX:MaxMetaspaceSize=64m"), readyFile,
                "--data-dir", dataDir.toString(), "--smtp-port", String.valueOf(smtpPort), "--port", String.valueOf(httpPort));
    }

    private Launch launch(String name, String mainClass, List<String> memoryOptions, Path readyFile, String... args) {
        List<String> arguments = new ArrayList<>(List.of("-cp", classpath, mainClass));
        arguments.addAll(List.of(args));
        arguments.addAll(List.of("--ready-file", readyFile.toString()));
        if (exitWithParent) {
            arguments.add("--exit-with-parent");
        }
        return new Launch(name, Launch.java(memoryOptions, arguments), Map.of(), ReadinessProbe.readyFile(readyFile));
    }
}
