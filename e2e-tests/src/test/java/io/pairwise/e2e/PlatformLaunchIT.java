package io.pairwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform as a newcomer gets it: the launcher starts broker, store, issuer, mail catcher, five services and the
 * gateway as separate processes, each ready; the gateway checks tokens and routes; stop leaves nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformLaunchIT {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Path RUN_DIR = Path.of("target", "platform-run").toAbsolutePath();
    private static final String GATEWAY = "http://localhost:8080";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Integer> SERVICES = Map.of("gateway", 8080, "profile-service", 8081,
            "matching-service", 8082, "session-service", 8083, "notification-service", 8084, "analytics-service", 8085);

    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Pattern SERIES_NAME =
            Pattern.compile("\\b((?:pairwise|http|jvm|kafka|resilience4j)_[a-z0-9_]+)\\b");

    private static Result started;

    record Result(int exitCode, String output) {
    }

    @BeforeAll
    static void startThePlatform() throws Exception {
        // A fresh platform each run, as on a clean clone: data left by an earlier run would change the journey.
        assertThat(recordedPids()).as("no platform of an earlier run is still running").isEmpty();
        if (Files.exists(RUN_DIR)) {
            try (var paths = Files.walk(RUN_DIR)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        started = launcher("start");
        System.out.println(started.output());
    }

    @AfterAll
    static void stopThePlatform() throws Exception {
        List<Long> pids = recordedPids();
        Result stopped = launcher("stop");
        System.out.println(stopped.output());
        assertThat(stopped.exitCode()).isZero();
        assertThat(pids).as("the launcher recorded every process it started").hasSize(10);
        assertThat(pids).as("no process is left behind")
                .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(recordedPids()).as("stop removes its pid files").isEmpty();
    }

    @Test
    void everyProcessIsStartedAndReady() throws Exception {
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output()).contains("Started in");
        assertThat(started.output()).contains("Demo program: Demo: career mentoring");
        for (var service : SERVICES.entrySet()) {
            HttpResponse<String> readiness = get("http://localhost:" + service.getValue() + "/actuator/health/readiness", null);
            assertThat(readiness.body()).as(service.getKey()).contains("\"status\":\"UP\"");
        }
        Result status = launcher("status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        for (String name : List.of("kafka", "mongo", "issuer", "mail", "gateway", "profile-service", "matching-service",
                "session-service", "notification-service", "analytics-service")) {
            assertThat(status.output()).contains(name);
        }
    }

    @Test
    void theGatewayLetsOnlyValidTokensThroughToTheServices() throws Exception {
        HttpResponse<String> anonymous = get("http://localhost:8080/api/v1/profile/programs", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("https://pairwise.io/problems/unauthenticated");

        Result token = launcher("token", "ada");
        assertThat(token.exitCode()).as(token.output()).isZero();
        String jwt = token.output().strip();
        assertThat(jwt.split("\\.")).hasSize(3);
        HttpResponse<String> routed = get("http://localhost:8080/api/v1/profile/programs", jwt);
        // Past the gateway and the service's own token check: the profile service answers with a page.
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        assertThat(routed.body()).contains("\"items\"");
        assertThat(routed.headers().firstValue("X-Correlation-Id")).isPresent();
        assertThat(get("http://localhost:8080/docs/profile/v3/api-docs", null).body()).contains("Pairwise profile-service");
    }

    @Test
    void theDemoProgramIsSeededWithItsParticipants() throws Exception {
        String programId = demoProgramId();
        HttpResponse<String> program = get("http://localhost:8080/api/v1/profile/programs/" + programId,
                launcher("token", "ada").output().strip());
        assertThat(program.statusCode()).as(program.body()).isEqualTo(200);
        assertThat(program.body()).contains("\"acceptingEnrollments\":true");
        // A demo user who can sign in finds themself enrolled as a mentee.
        HttpResponse<String> tom = get("http://localhost:8080/api/v1/profile/participants/me",
                launcher("token", "tom").output().strip());
        assertThat(tom.statusCode()).as(tom.body()).isEqualTo(200);
        assertThat(tom.body()).contains("\"programId\":\"" + programId + "\"", "\"role\":\"MENTEE\"");
    }

    /**
     * One mentorship through every service, by the public API only: the admin matches the seeded program
     * in a batch and publishes it, the mentee sees the mentorship in matching and in sessions, schedules a
     * session; the notification service introduces the pair by e-mail (the local mail catcher) and in the
     * inbox and tells the mentor of the session.
     */
    @Test
    void aMentorshipRunsThroughEveryServiceBehindTheGateway() throws Exception {
        String programId = demoProgramId();
        String admin = launcher("token", "ada").output().strip();
        Map<String, String> mentees = new LinkedHashMap<>();
        for (String user : List.of("tom", "tina")) {
            mentees.put(user, launcher("token", user).output().strip());
        }
        // Matching has read the seeded enrollments once every sign-in mentee gets suggestions.
        for (String token : mentees.values()) {
            await(Duration.ofSeconds(60), "suggestions", () -> {
                HttpResponse<String> page = get(GATEWAY + "/api/v1/matching/programs/" + programId + "/suggestions", token);
                return page.statusCode() == 200 && !JsonPath.<List<Object>>read(page.body(), "$.items").isEmpty();
            });
        }

        HttpResponse<String> started = send("POST", "/api/v1/matching/programs/" + programId + "/batches", admin, "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String batch = GATEWAY + "/api/v1/matching/batches/" + JsonPath.read(started.body(), "$.id");
        await(Duration.ofSeconds(60), "draft", () -> get(batch, admin).body().contains("\"status\":\"DRAFT\""));
        int matched = JsonPath.read(get(batch, admin).body(), "$.matched");
        assertThat(matched).as("pairs in the draft of 12 mentees and 16 places").isBetween(10, 12);
        HttpResponse<String> published = send("POST", batch.substring(GATEWAY.length()) + "/publish", admin, "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        await(Duration.ofSeconds(60), "published", () -> get(batch, admin).body().contains("\"status\":\"PUBLISHED\""));

        // A sign-in mentee who got a mentor: admin-led batches start mentorships at once.
        String mentee = null;
        String mentorshipId = null;
        for (var candidate : mentees.entrySet()) {
            List<String> active = JsonPath.read(get(GATEWAY + "/api/v1/matching/mentorships", candidate.getValue()).body(),
                    "$[?(@.status == 'ACTIVE')].id");
            if (!active.isEmpty()) {
                mentee = candidate.getKey();
                mentorshipId = active.getFirst();
                break;
            }
        }
        assertThat(mentorshipId).as("tom or tina is matched").isNotNull();
        String token = mentees.get(mentee);
        String id = mentorshipId;
        await(Duration.ofSeconds(60), "session-service knows the mentorship",
                () -> get(GATEWAY + "/api/v1/sessions/mentorships/" + id, token).statusCode() == 200);
        String start = LocalDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(3).withHour(15).withMinute(0).withSecond(0).withNano(0).toString();
        HttpResponse<String> scheduled = send("POST", "/api/v1/sessions/mentorships/" + id + "/sessions", token, """
                {"start":"%s","timeZone":"Europe/Berlin","durationMinutes":45,"channel":"VIDEO"}""".formatted(start));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);

        // The mentee is introduced by e-mail and in the inbox; the mentor hears of the session the mentee scheduled.
        String address = mentee + "@demo.pairwise.local";
        await(Duration.ofSeconds(60), "the introduction in the mail catcher",
                () -> get("http://localhost:8025/messages?to=" + address, null).body().contains("Meet your mentoring partner"));
        await(Duration.ofSeconds(60), "the mentor's session e-mail in the mail catcher", () -> {
            List<List<String>> to = JsonPath.read(get("http://localhost:8025/messages", null).body(),
                    "$.messages[?(@.subject =~ /Session scheduled for .*/)].to");
            return to.stream().anyMatch(recipients -> !recipients.contains(address));
        });
        await(Duration.ofSeconds(30), "the introduction in the mentee's inbox", () -> {
            List<String> types = JsonPath.read(get(GATEWAY + "/api/v1/notifications/inbox", token).body(), "$[*].type");
            return types.contains("pair-matched");
        });

        // The analyst sees the program's health follow: every pair of the batch is an active mentorship there.
        String analyst = launcher("token", "ana").output().strip();
        String overview = GATEWAY + "/api/v1/analytics/programs/" + programId + "/overview";
        await(Duration.ofSeconds(60), "analytics counts the batch's mentorships", () -> {
            HttpResponse<String> figures = get(overview, analyst);
            return figures.statusCode() == 200
                    && JsonPath.<Number>read(figures.body(), "$.mentorships.active.value").intValue() == matched;
        });
        String figures = get(overview, analyst).body();
        assertThat(JsonPath.<Number>read(figures, "$.enrollment.mentees.value").intValue()).isEqualTo(12);
        assertThat(JsonPath.<Number>read(figures, "$.enrollment.mentors.value").intValue()).isEqualTo(8);
    }

    /**
     * The design brief's reliability rule: with the broker away (its process frozen, which is how a partition
     * looks to its clients) every service keeps answering reads, stays ready and accepts writes; the events those
     * writes raise wait in the outbox and go out when the broker is back, and the consumers catch up.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void theServicesAnswerAndAcceptWritesWhileTheBrokerIsAwayAndCatchUpAfter() throws Exception {
        String admin = launcher("token", "ada").output().strip();
        String analyst = launcher("token", "ana").output().strip();
        String mentee = launcher("token", "tom").output().strip();
        String demo = demoProgramId();
        long broker = Long.parseLong(Files.readString(RUN_DIR.resolve("pids/kafka.pid")).trim().split("\\s+")[0]);
        String programId;
        signal("STOP", broker);
        try {
            assertThat(get(GATEWAY + "/api/v1/profile/programs/" + demo, admin).statusCode()).isEqualTo(200);
            assertThat(get(GATEWAY + "/api/v1/matching/mentorships", mentee).statusCode()).isEqualTo(200);
            assertThat(get(GATEWAY + "/api/v1/notifications/inbox", mentee).statusCode()).isEqualTo(200);
            assertThat(get(GATEWAY + "/api/v1/analytics/programs/" + demo + "/overview", analyst).statusCode())
                    .isEqualTo(200);
            for (var service : SERVICES.entrySet()) {
                assertThat(get("http://localhost:" + service.getValue() + "/actuator/health/readiness", null).statusCode())
                        .as(service.getKey() + " ready without the broker").isEqualTo(200);
            }
            HttpResponse<String> created = send("POST", "/api/v1/profile/programs", admin, """
                    {"name":"Written during a broker outage","mentoringType":"CAREER","matchingMode":"ADMIN_BATCH",
                     "cadenceDays":14,"defaultRelationshipLengthDays":90,"defaultCapacity":2}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            programId = JsonPath.read(created.body(), "$.id");
            // Long enough for the relay's publish to time out: the event stays pending, not failed.
            await(Duration.ofSeconds(60), "profile-service's outbox to meet the outage",
                    () -> get("http://localhost:8081/actuator/prometheus", null).body().lines()
                            .anyMatch(line -> line.startsWith("pairwise_outbox_failures_total{")
                                    && line.contains("final=\"false\"")));
        } finally {
            signal("CONT", broker);
        }
        // The program's event leaves the outbox once the broker answers again, and analytics reads it.
        await(Duration.ofSeconds(120), "analytics catches up with the program created during the outage",
                () -> get(GATEWAY + "/api/v1/analytics/programs", analyst).body().contains(programId));
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + signal + " " + pid).isZero();
    }

    /**
     * The Grafana dashboards chart only series the running services export. It runs last, after the journey has
     * matched, proposed and notified. Counters registered on their first increment (failures, dead letters,
     * conflicts) are absent on a healthy platform, the demo's admin-led batch starts mentorships without
     * proposals, and analytics exports no series for a figure without data (no session held or rated yet): those
     * are named here.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theMonitoringDashboardsChartSeriesTheServicesExport() throws Exception {
        Set<String> notOnAFreshPlatform = Set.of("pairwise_events_dead_lettered_total",
                "pairwise_notifications_failed_total", "pairwise_matching_capacity_conflicts_total",
                "pairwise_matching_proposals_total", "pairwise_program_cadence_adherence",
                "pairwise_program_session_rating_average");
        Set<String> charted = new TreeSet<>();
        try (var files = Files.list(REPOSITORY.resolve("deploy/monitoring/grafana/dashboards"))) {
            for (Path dashboard : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                List<String> expressions = JsonPath.read(Files.readString(dashboard), "$.panels[*].targets[*].expr");
                for (String expression : expressions) {
                    Matcher names = SERIES_NAME.matcher(expression);
                    while (names.find()) {
                        charted.add(names.group(1));
                    }
                }
            }
        }
        assertThat(charted).hasSizeGreaterThan(15);
        Set<String> expected = new TreeSet<>(charted);
        expected.removeAll(notOnAFreshPlatform);
        // The analytics gauges appear once analytics has read the seeded program.
        Set<String> exported = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            for (int port : SERVICES.values()) {
                for (String line : get("http://localhost:" + port + "/actuator/prometheus", null).body().split("\n")) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        exported.add(line.split("[{ ]", 2)[0]);
                    }
                }
            }
        } while (!exported.containsAll(expected) && System.nanoTime() < deadline && sleep(Duration.ofSeconds(1)));
        assertThat(exported).as("series the services export").containsAll(expected);
    }

    /** The program-health dashboard's page loads through the gateway without a token, under its CSP, and can sign in. */
    @Test
    void theDashboardPageLoadsThroughTheGateway() throws Exception {
        HttpResponse<String> page = get(GATEWAY + "/dashboard/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'", "connect-src 'self' http://localhost:9000;"));
        assertThat(page.body()).contains("<script");
        // It signs its users in at the issuer the platform trusts.
        HttpResponse<String> signIn = get(GATEWAY + "/dashboard/sign-in.json", null);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(signIn.body(), "$.issuer")).isEqualTo("http://localhost:9000");
        assertThat(JsonPath.<String>read(get("http://localhost:9000/.well-known/openid-configuration", null).body(),
                "$.authorization_endpoint")).isEqualTo("http://localhost:9000/authorize");
    }

    private static boolean sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
        return true;
    }

    @Test
    void theServicesCreatedTheirTopicsOnTheBroker() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092"))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).contains("pairwise.profile.v1", "pairwise.matching.v1", "pairwise.session.v1",
                    "pairwise.notification.v1", "matching-service.dlt", "session-service.dlt",
                    "notification-service.dlt", "analytics-service.dlt");
        }
    }

    @Test
    void aProgramCreatedThroughTheGatewayIsAnnouncedOnKafka() throws Exception {
        String admin = launcher("token", "ada").output().strip();
        String body = """
                {"name":"Onboarding buddies","description":"Every new hire gets a buddy","mentoringType":"SITUATIONAL",
                 "matchingMode":"AUTOMATIC","cadenceDays":14,"defaultRelationshipLengthDays":90,"defaultCapacity":2}""";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/v1/profile/programs"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").header("X-Correlation-Id", "e2e-program-1")
                .header("traceparent", "00-" + CALLER_TRACE + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String programId = created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        // The profile service's outbox relay put the event on the broker, keyed by the program.
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("pairwise.profile.v1"));
            ConsumerRecord<String, String> announced = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (announced == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (programId.equals(record.key())) {
                        announced = record;
                    }
                }
            }
            assertThat(announced).as("program-created for " + programId).isNotNull();
            assertThat(header(announced, "ce_type")).isEqualTo("pairwise.profile.program-created.v1");
            assertThat(header(announced, "ce_correlationid")).isEqualTo("e2e-program-1");
            // One trace from the caller through the gateway, the service and its outbox onto the topic.
            assertThat(header(announced, "traceparent")).startsWith("00-" + CALLER_TRACE + "-");
            assertThat(announced.value()).contains("Onboarding buddies");
        }
    }

    private static String demoProgramId() {
        return started.output().replaceAll("(?s).*Demo program: Demo: career mentoring \\(([^)]+)\\).*", "$1");
    }

    private static void await(Duration atMost, String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited %s for %s", atMost, what).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Result launcher(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", REPOSITORY.resolve("deploy/target/classes") + ":" + REPOSITORY.resolve("deploy/target/lib") + "/*",
                "io.pairwise.deploy.Launcher"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true);
        builder.environment().put("PAIRWISE_RUN_DIR", RUN_DIR.toString());
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        builder.environment().remove("MONGODB_URI");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static List<Long> recordedPids() throws IOException {
        Path pids = RUN_DIR.resolve("pids");
        if (!Files.isDirectory(pids)) {
            return List.of();
        }
        try (var files = Files.list(pids)) {
            List<Long> recorded = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                recorded.add(Long.parseLong(Files.readString(file).trim().split("\\s+")[0]));
            }
            return recorded;
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
