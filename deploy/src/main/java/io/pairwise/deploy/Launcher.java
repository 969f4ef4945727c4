package io.pairwise.deploy;

import io.pairwise.deploy.process.ChildProcess;
import io.pairwise.deploy.process.ChildProcess.StartupFailure;
import io.pairwise.deploy.process.EmbeddedRuntime;
import io.pairwise.deploy.process.Launch;
import io.pairwise.deploy.process.ReadinessProbe;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Starts, stops and reports on the whole local platform, each piece a process of its own: the Kafka
 * broker, the Mongo store, the development token issuer, the mail catcher, the five services and the gateway.
 * Everything lives under {@code .run/} at the repository root: {@code logs/<name>.log},
 * {@code pids/<name>.pid} (pid and start instant), {@code data/<name>/} and {@code apps/<module>/}
 * (the extracted service jars).
 *
 * <p>{@code KAFKA_BOOTSTRAP_SERVERS} or {@code MONGODB_URI}, when set, replace the embedded broker or store.
 */
public final class Launcher {

    static final String COMMAND = "java -cp 'deploy/target/classes:deploy/target/lib/*' " + Launcher.class.getName();
    private static final String USAGE = "Usage, from the repository root: " + COMMAND
            + " start [--infra-only] [--no-seed] [--waves N] | stop | status | token <demo user>";

    /** A Spring Boot application of the platform, run from its module's jar. */
    record App(String module, int port) {
    }

    /** Start order; the gateway last because it fronts the others. */
    static final List<App> APPS = List.of(
            new App("profile-service", 8081),
            new App("matching-service", 8082),
            new App("session-service", 8083),
            new App("notification-service", 8084),
            new App("analytics-service", 8085),
            new App("gateway", 8080));
    static final List<String> INFRA = List.of("kafka", "mongo", "issuer", "mail");

    private static final int KAFKA_PORT = 9092;
    private static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final int MONGO_PORT = 27027;
    private static final int ISSUER_PORT = 9000;
    private static final int MAIL_SMTP_PORT = 2525;
    private static final int MAIL_HTTP_PORT = 8025;
    private static final List<String> APP_MEMORY = List.of("-Xms32m", "-Xmx192m", "-XX:MaxMetaspaceSize=160m");
    private static final String APP_JAR = "app.jar";
    private static final String CDS_ARCHIVE = "app.jsa";
    private static final String EXTRACTED_FROM = "extracted-from";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** More for the applications: the first exit after a build writes their CDS archives, ~15 s on two cores. */
    private static final Duration APP_STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final Path repository;
    private final Path runDir;
    private final Map<String, String> environment;
    private final PrintStream out;

    Launcher(Path repository, Map<String, String> environment, PrintStream out) {
        this.repository = repository.toAbsolutePath();
        // A second platform (the end-to-end tests) keeps its processes and data apart from the developer's.
        String runDirOverride = environment.get("PAIRWISE_RUN_DIR");
        this.runDir = runDirOverride == null || runDirOverride.isBlank()
                ? this.repository.resolve(".run") : Path.of(runDirOverride).toAbsolutePath();
        this.environment = environment;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        try {
            Path repository = EmbeddedRuntime.findRepositoryRoot(Path.of(""));
            Launcher launcher = new Launcher(repository, System.getenv(), System.out);
            System.exit(switch (arguments.isEmpty() ? "" : arguments.getFirst()) {
                case "start" -> launcher.start(arguments.contains("--infra-only"), !arguments.contains("--no-seed"),
                        waves(arguments.subList(1, arguments.size())));
                case "stop" -> launcher.stop();
                case "status" -> launcher.status();
                case "token" -> launcher.token(arguments.size() == 2 ? arguments.get(1) : "");
                default -> throw new IllegalArgumentException("Unknown command " + arguments);
            });
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalStateException e) {
            // Not in a repository, or the embedded runtime is not built: the message says what to do.
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** The value of {@code --waves}, 1 without it; rejects options other than it, {@code --infra-only} and {@code --no-seed}. */
    private static int waves(List<String> options) {
        int waves = 1;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("--waves") && i + 1 < options.size()) {
                waves = Integer.parseInt(options.get(++i));
            } else if (!options.get(i).equals("--infra-only") && !options.get(i).equals("--no-seed")) {
                throw new IllegalArgumentException("Unknown option " + options.get(i));
            }
        }
        if (waves < 1) {
            throw new IllegalArgumentException("--waves needs a positive number");
        }
        return waves;
    }

    /**
     * Starts the platform and returns once every process reports ready, or stops what it started and
     * returns non-zero when one of them fails.
     *
     * @param infraOnly only the broker, store and issuer, e.g. to run the services from an IDE
     * @param seed      create the demo program (once per data directory) when everything is up
     * @param waves     how many groups to start the applications in, one after the other
     */
    int start(boolean infraOnly, boolean seed, int waves) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        List<App> apps = infraOnly ? List.of() : APPS;
        if (refusedAsRunning() || refusedForMissingJars(apps)) {
            return 1;
        }

        // Where everything is; an external broker or store replaces the embedded one.
        EmbeddedRuntime runtime = new EmbeddedRuntime(repository, false);
        List<Launch> infra = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        Map<String, String> urls = new LinkedHashMap<>();
        String kafka = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (kafka == null) {
            kafka = "localhost:" + KAFKA_PORT;
            infra.add(runtime.kafka(dataDir("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT, readyFile("kafka")));
            ports.addAll(List.of(KAFKA_PORT, KAFKA_CONTROLLER_PORT));
        }
        String mongo = environment.get("MONGODB_URI");
        if (mongo == null) {
            mongo = "mongodb://localhost:" + MONGO_PORT;
            infra.add(runtime.mongo(dataDir("mongo"), MONGO_PORT, readyFile("mongo")));
            ports.add(MONGO_PORT);
        }
        String issuer = "http://localhost:" + ISSUER_PORT;
        infra.add(runtime.issuer(dataDir("issuer"), ISSUER_PORT, readyFile("issuer")));
        ports.add(ISSUER_PORT);
        infra.add(runtime.mail(dataDir("mail"), MAIL_SMTP_PORT, MAIL_HTTP_PORT, readyFile("mail")));
        ports.addAll(List.of(MAIL_SMTP_PORT, MAIL_HTTP_PORT));
        urls.put("kafka", kafka);
        urls.put("mongo", mongo);
        urls.put("issuer", issuer);
        urls.put("mail", "http://localhost:" + MAIL_HTTP_PORT + "/messages");
        for (App app : apps) {
            ports.add(app.port());
            urls.put(app.module(), "http://localhost:" + app.port());
        }
        Map<String, String> appEnvironment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "MONGODB_URI", mongo,
                "PAIRWISE_ISSUER_URI", issuer,
                // E-mail goes to the local mail catcher; nothing leaves the machine.
                "SPRING_MAIL_HOST", "localhost",
                "SPRING_MAIL_PORT", String.valueOf(MAIL_SMTP_PORT),
                "SPRING_PROFILES_ACTIVE", "local");
        List<Integer> busy = ports.stream().filter(Launcher::inUse).toList();
        if (!busy.isEmpty()) {
            out.println("Cannot start: port(s) " + busy + " already in use by another process.");
            return 1;
        }

        List<ChildProcess> started = new CopyOnWriteArrayList<>();
        // Ctrl-C while starting: stop what was started rather than leave it half up.
        Thread stopOnInterrupt = new Thread(() -> stopStarted(started), "stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try {
            startWave(infra, started);
            extractChanged(apps);
            for (List<App> wave : split(apps, waves)) {
                startWave(wave.stream().map(app -> appLaunch(app, appEnvironment)).toList(), started);
            }
        } catch (StartupFailure failure) {
            ChildProcess failed = failure.process();
            out.println();
            out.println("FAILED: " + failure.getMessage() + ". Last lines of "
                    + repository.relativize(failed.log()) + ":");
            out.println(failed.logTail(LOG_TAIL_LINES));
            out.println();
            stopStarted(started);
            return 1;
        } catch (IOException e) {
            out.println("FAILED: " + e.getMessage());
            stopStarted(started);
            return 1;
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
        }
        printSummary(urls, started, begin);
        if (seed && !infraOnly) {
            seedDemoProgram(issuer);
        }
        return 0;
    }

    /** A failed seed leaves the platform running: it is a convenience, and the message says what went wrong. */
    private void seedDemoProgram(String issuer) throws InterruptedException {
        try {
            new DemoSeed(URI.create("http://localhost:" + APPS.getLast().port()), URI.create(issuer),
                    dataDir("demo").resolve("program-id"), out).seed();
        } catch (IOException e) {
            out.println("Demo program not seeded: " + e.getMessage());
        }
    }

    private boolean refusedAsRunning() throws IOException {
        List<String> running = new ArrayList<>();
        for (String name : names()) {
            Optional<PidFile> pidFile = PidFile.read(pidFile(name));
            if (pidFile.isPresent() && pidFile.get().liveProcess().isPresent()) {
                running.add(name + " (pid " + pidFile.get().pid() + ")");
            } else if (pidFile.isPresent()) {
                pidFile.get().delete();
            }
        }
        if (!running.isEmpty()) {
            out.println("Pairwise is already running: " + String.join(", ", running) + ".");
            out.println("Stop it first with: " + COMMAND + " stop");
        }
        return !running.isEmpty();
    }

    private boolean refusedForMissingJars(List<App> apps) {
        List<Path> missing = apps.stream().map(this::jar).filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            out.println("Missing service jars:");
            missing.forEach(jar -> out.println("  " + repository.relativize(jar)));
            out.println("Build them first with: ./mvnw -DskipTests package");
            out.println("(or start only the broker, store and issuer with: " + COMMAND + " start --infra-only)");
        }
        return !missing.isEmpty();
    }

    private void printSummary(Map<String, String> urls, List<ChildProcess> started, long begin) {
        Map<String, ChildProcess> byName = new LinkedHashMap<>();
        started.forEach(child -> byName.put(child.name(), child));
        out.println();
        out.printf("%-22s %-32s %-8s %s%n", "NAME", "URL", "PID", "LOG");
        urls.forEach((name, url) -> {
            ChildProcess child = byName.get(name);
            out.printf("%-22s %-32s %-8s %s%n", name, url,
                    child == null ? "-" : child.handle().pid(),
                    child == null ? "(external)" : repository.relativize(child.log()));
        });
        out.println();
        out.printf("Started in %.1f s; memory (RSS) of the started processes: %d MB%n",
                seconds(begin), started.stream().mapToLong(child -> rssKilobytes(child.handle().pid())).sum() / 1024);
        String issuer = urls.get("issuer");
        out.println("Demo users:   curl " + issuer + "/users");
        out.println("Get a token:  ./pairwise token ada   (or curl '" + issuer + "/token?user=ada')");
        out.println("API docs:     http://localhost:8080/swagger-ui.html");
        out.println("Status:       ./pairwise status");
        out.println("Stop:         ./pairwise stop");
    }

    /** Stops every recorded process that still runs, the applications before the infrastructure. */
    int stop() throws IOException {
        Map<String, ProcessHandle> live = new LinkedHashMap<>();
        for (String name : names()) {
            Optional<PidFile> pidFile = PidFile.read(pidFile(name));
            if (pidFile.isEmpty()) {
                continue;
            }
            Optional<ProcessHandle> process = pidFile.get().liveProcess();
            if (process.isPresent()) {
                live.put(name, process.get());
            } else {
                out.printf("  %-22s was not running (pid %d); pid file removed%n", name, pidFile.get().pid());
                pidFile.get().delete();
            }
        }
        if (live.isEmpty()) {
            out.println("Nothing to stop: no process recorded in " + pidsDir() + " is running.");
            return 0;
        }
        long begin = System.nanoTime();
        stopInStages(live);
        out.printf("Stopped in %.1f s%n", seconds(begin));
        return 0;
    }

    /** Prints a token for a demo user from the running development issuer. */
    int token(String user) throws IOException, InterruptedException {
        if (!user.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("Name a demo user, e.g. ada (see http://localhost:" + ISSUER_PORT + "/users)");
        }
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + ISSUER_PORT + "/token?format=raw&user=" + user))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IllegalStateException("The development issuer is not running: ./pairwise start");
        }
        if (response.statusCode() != 200) {
            System.err.println(response.body());
            return 1;
        }
        out.println(response.body().strip());
        return 0;
    }

    /** Prints each recorded process: alive or not, its health and memory. Non-zero if any is unwell. */
    int status() throws IOException {
        List<String> rows = new ArrayList<>();
        boolean allWell = true;
        long totalRss = 0;
        for (String name : names()) {
            Optional<PidFile> pidFile = PidFile.read(pidFile(name));
            if (pidFile.isEmpty()) {
                continue;
            }
            Optional<ProcessHandle> process = pidFile.get().liveProcess();
            boolean up = process.isPresent() && healthy(name);
            long rss = process.map(p -> rssKilobytes(p.pid())).orElse(0L);
            allWell &= up;
            totalRss += rss;
            rows.add(String.format("%-22s %-8d %-6s %-10s %s", name, pidFile.get().pid(),
                    process.isPresent() ? "alive" : "dead", up ? "UP" : "not ready",
                    process.isPresent() ? rss / 1024 + " MB" : "-"));
        }
        if (rows.isEmpty()) {
            out.println("Pairwise is not running (nothing recorded in " + pidsDir() + ").");
            return 1;
        }
        out.printf("%-22s %-8s %-6s %-10s %s%n", "NAME", "PID", "STATE", "HEALTH", "RSS");
        rows.forEach(out::println);
        out.printf("Total RSS: %d MB%n", totalRss / 1024);
        return allWell ? 0 : 1;
    }

    private void startWave(List<Launch> launches, List<ChildProcess> started)
            throws IOException, StartupFailure, InterruptedException {
        out.println("Starting " + String.join(", ", launches.stream().map(Launch::name).toList()) + " ...");
        List<ChildProcess> wave = new ArrayList<>();
        long begin = System.nanoTime();
        for (Launch launch : launches) {
            ChildProcess child = ChildProcess.start(launch, logFile(launch.name()), true);
            started.add(child);
            wave.add(child);
            PidFile.record(pidFile(launch.name()), child.handle());
        }
        ChildProcess.awaitReady(wave, READY_TIMEOUT,
                child -> out.printf("  %-22s ready after %.1f s%n", child.name(), seconds(begin)));
    }

    /**
     * Runs each application from its jar extracted to {@code .run/apps/<module>/} with a CDS archive there,
     * which the JVM writes when the application first exits and uses from then on: on two cores that takes
     * a Boot service from about 5 s to about 2 s.
     */
    private Launch appLaunch(App app, Map<String, String> environment) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("SERVER_PORT", String.valueOf(app.port()));
        Path dir = appDir(app);
        List<String> jvmOptions = new ArrayList<>(APP_MEMORY);
        jvmOptions.addAll(List.of("-XX:SharedArchiveFile=" + dir.resolve(CDS_ARCHIVE), "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds*=off")); // the archive's skipped-class notes are noise in the service log
        List<String> command = Launch.java(jvmOptions, List.of("-jar", dir.resolve(APP_JAR).toString()));
        return new Launch(app.module(), command, env, ReadinessProbe.healthUp(readinessUri(app)));
    }

    /** Extracts the jars built since the last start (all at once), dropping their outdated CDS archives. */
    private void extractChanged(List<App> apps) throws IOException, InterruptedException {
        Map<App, Process> extracting = new LinkedHashMap<>();
        for (App app : apps) {
            if (!jarStamp(app).equals(readIfExists(appDir(app).resolve(EXTRACTED_FROM)))) {
                Files.deleteIfExists(appDir(app).resolve(CDS_ARCHIVE));
                List<String> command = Launch.java(List.of("-Djarmode=tools"), List.of("-jar", jar(app).toString(),
                        "extract", "--force", "--destination", appDir(app).toString(),
                        "--application-filename", APP_JAR));
                Files.createDirectories(logFile(app.module()).getParent());
                extracting.put(app, new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(logFile(app.module()).toFile()).start());
            }
        }
        if (!extracting.isEmpty()) {
            out.println("Extracting " + String.join(", ", extracting.keySet().stream().map(App::module).toList())
                    + " (first start after a build) ...");
        }
        for (Map.Entry<App, Process> entry : extracting.entrySet()) {
            App app = entry.getKey();
            if (entry.getValue().waitFor() != 0) {
                throw new IOException("extracting " + repository.relativize(jar(app)) + " failed; see "
                        + repository.relativize(logFile(app.module())));
            }
            Files.writeString(appDir(app).resolve(EXTRACTED_FROM), jarStamp(app));
        }
    }

    private String jarStamp(App app) throws IOException {
        return Files.getLastModifiedTime(jar(app)) + " " + Files.size(jar(app));
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private void stopStarted(List<ChildProcess> started) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        started.forEach(child -> processes.put(child.name(), child.handle()));
        if (!processes.isEmpty()) {
            out.println("Stopping what this start had started ...");
            stopInStages(processes);
        }
    }

    /** Applications first, so that they do not spend their last seconds retrying a vanished broker. */
    private void stopInStages(Map<String, ProcessHandle> processes) {
        stopStage(APPS.stream().map(App::module).toList().reversed(), APP_STOP_GRACE, processes);
        stopStage(INFRA.reversed(), STOP_GRACE, processes);
    }

    private void stopStage(List<String> stage, Duration grace, Map<String, ProcessHandle> processes) {
        Map<String, ProcessHandle> now = new LinkedHashMap<>();
        stage.stream().filter(processes::containsKey).forEach(name -> now.put(name, processes.get(name)));
        List<ProcessHandle> killed = ChildProcess.stopAll(now.values(), grace);
        now.forEach((name, process) -> {
            out.printf("  %-22s %s (pid %d)%n", name,
                    killed.contains(process) ? "killed after " + grace.toSeconds() + " s" : "stopped", process.pid());
            try {
                Files.deleteIfExists(pidFile(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private boolean healthy(String name) {
        return APPS.stream().filter(app -> app.module().equals(name)).findFirst()
                .map(app -> ReadinessProbe.healthUp(readinessUri(app)).isReady())
                .orElseGet(() -> Files.exists(readyFile(name)));
    }

    static List<List<App>> split(List<App> apps, int waves) {
        int size = (apps.size() + waves - 1) / waves;
        List<List<App>> split = new ArrayList<>();
        for (int from = 0; from < apps.size(); from += size) {
            split.add(apps.subList(from, Math.min(apps.size(), from + size)));
        }
        return split;
    }

    private static List<String> names() {
        return Stream.concat(INFRA.stream(), APPS.stream().map(App::module)).toList();
    }

    private Path jar(App app) {
        return repository.resolve(app.module()).resolve("target").resolve(app.module() + "-" + version() + ".jar");
    }

    private static URI readinessUri(App app) {
        return URI.create("http://localhost:" + app.port() + "/actuator/health/readiness");
    }

    private Path appDir(App app) {
        return runDir.resolve("apps").resolve(app.module());
    }

    private Path logFile(String name) {
        return runDir.resolve("logs").resolve(name + ".log");
    }

    private Path pidFile(String name) {
        return runDir.resolve("pids").resolve(name + ".pid");
    }

    private Path pidsDir() {
        return repository.relativize(runDir.resolve("pids"));
    }

    private Path readyFile(String name) {
        return runDir.resolve("pids").resolve(name + ".ready");
    }

    private Path dataDir(String name) {
        return runDir.resolve("data").resolve(name);
    }

    private static boolean inUse(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Resident memory from /proc (Linux); 0 where there is none. */
    static long rssKilobytes(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static String version() {
        try (InputStream in = Launcher.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
