package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.CommunicationStyle;
import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.contracts.profile.MatchingRules;
import io.pairwise.contracts.profile.MeetingMode;
import io.pairwise.contracts.profile.MeetingPreferences;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.profile.ProgramSnapshot;
import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.profile.SkillLevel;
import io.pairwise.matching.PublishedEvents.Published;
import io.pairwise.matching.domain.lifecycle.ProgramDirectory;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One application context for the matching service's integration tests, on the real broker and store,
 * with real tokens. Driven as in production: profile events on their topic build the read model, HTTP
 * calls carry bearer tokens (subject = participant id), and what the service publishes is read back from
 * {@code pairwise.matching.v1} and checked against the schemas. The sweep runs every second; the test
 * clock moves deadlines past.
 */
@SpringBootTest(classes = {MatchingServiceApplication.class, MatchingServiceIntegrationTest.TestClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pairwise.events.consumer-group=matching-service-it",
                "pairwise.matching.sweep-initial-delay=PT1S", "pairwise.matching.sweep-interval=PT1S",
                "pairwise.matching.request-ttl=PT48H", "pairwise.matching.max-open-requests=1"})
abstract class MatchingServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ADMIN = "admin-owner";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, CloudEvent> eventTemplate;
    @Autowired
    TestClock clock;
    @Autowired
    EventSubscription subscription;
    @Autowired
    ProgramDirectory directory;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry);
    }

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
        PublishedEvents.start();
    }

    // --- a company, announced by profile-service's events ----------------------------------------------------------

    static ProgramSnapshot program(MentoringType type, MatchingMode mode, Integer groupSize) {
        LocalDate today = LocalDate.now();
        return new ProgramSnapshot("Program " + type, "Test program", type, mode, today.minusDays(1),
                today.plusYears(1), false, null, null, true, 14, 180, 2, groupSize,
                new Eligibility(List.of(), List.of(), List.of()),
                new MatchingRules(null, false, true, MatchingObjective.BEST_TOTAL_FIT, Map.of()), List.of(ADMIN));
    }

    /** A person; reportsTo names employee ids of managers up the chain. */
    static ParticipantSnapshot person(String employeeId, CareerStage stage, int years, List<SkillLevel> expertise,
                                      List<String> goals, List<String> reportsTo) {
        return new ParticipantSnapshot(employeeId, null, "Person " + employeeId, employeeId.toLowerCase() + "@example.com",
                "en-GB", "Engineer", "Dept " + employeeId.charAt(employeeId.length() - 1), "Berlin", "Europe/Berlin",
                List.of("en"), reportsTo.isEmpty() ? null : reportsTo.getFirst(), reportsTo, stage, years, expertise,
                goals, List.of("Chess"), List.of("Candour"),
                new CommunicationStyle(CommunicationStyle.Directness.DIRECT, CommunicationStyle.Structure.STRUCTURED),
                new MeetingPreferences(14, List.of(MeetingMode.VIDEO)), null, List.of());
    }

    static ParticipantSnapshot mentorProfile(String employeeId, String skill, int level) {
        return person(employeeId, CareerStage.SENIOR, 15, List.of(new SkillLevel(skill, level)), List.of(), List.of());
    }

    static ParticipantSnapshot menteeProfile(String employeeId, String goal, String... reportsTo) {
        return person(employeeId, CareerStage.EARLY, 3, List.of(), List.of(goal), List.of(reportsTo));
    }

    String createProgram(MentoringType type, MatchingMode mode, Integer groupSize) {
        String programId = id("prg");
        publish(new ProgramCreated(programId, program(type, mode, groupSize), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.program(programId).isPresent());
        return programId;
    }

    void enrollMentor(String programId, String participantId, ParticipantSnapshot profile, int capacity) {
        publish(new MentorRegistered(participantId, programId, profile, capacity, Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> directory.enrollee(programId, Role.MENTOR, participantId).isPresent());
    }

    void enrollMentee(String programId, String participantId, ParticipantSnapshot profile) {
        publish(new MenteeRegistered(participantId, programId, profile, Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> directory.enrollee(programId, Role.MENTEE, participantId).isPresent());
    }

    EventEnvelope publish(DomainEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(),
                URI.create("/pairwise/" + EventCatalog.of(event.getClass()).topic().producer()), Instant.now(), event,
                null, null);
        publish(envelope);
        return envelope;
    }

    void publish(EventEnvelope envelope) {
        try {
            eventTemplate.send(new ProducerRecord<>(envelope.type().topic().topicName(), envelope.data().aggregateId(),
                    envelope.toCloudEvent())).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish " + envelope.type().type(), e);
        }
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- what the service published -------------------------------------------------------------------------------

    /** Waits for {@code count} events of the type for the mentorship; each must be valid against its schema. */
    List<Published> awaitEvents(String mentorshipId, String typeSuffix, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> PublishedEvents.of(mentorshipId, typeSuffix + ".v1").size() >= count);
        List<Published> events = PublishedEvents.of(mentorshipId, typeSuffix + ".v1");
        assertThat(events).allSatisfy(event -> assertThat(event.problems()).as(event.type()).isEmpty());
        return events;
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    record Response(int status, String body, HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    static String token(String subject, String... roles) {
        return TestInfrastructure.issuer().mint(subject, List.of(roles), Duration.ofMinutes(10));
    }

    Response get(String path, String participant) {
        return call("GET", path, token(participant, "PARTICIPANT"), null);
    }

    Response post(String path, String participant, Object body) {
        return call("POST", path, token(participant, "PARTICIPANT"), body);
    }

    Response admin(String method, String path, Object body) {
        return call(method, path, token(ADMIN, "PROGRAM_ADMIN"), body);
    }

    Response call(String method, String path, String token, Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }

    static Response ok(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).as(response.body()).isEqualTo("https://pairwise.io/problems/" + type);
    }

    /** Starts a batch as the program's owner and waits for its draft. */
    JsonNode runBatch(String programId) {
        Response started = ok(admin("POST", "/api/v1/matching/programs/" + programId + "/batches", null), 202);
        String batchId = started.json().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !admin("GET", "/api/v1/matching/batches/" + batchId, null).json().path("status").asString().equals("RUNNING"));
        JsonNode job = ok(admin("GET", "/api/v1/matching/batches/" + batchId, null), 200).json();
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("DRAFT");
        return job;
    }

    JsonNode draftPairs(String batchId) {
        return ok(admin("GET", "/api/v1/matching/batches/" + batchId + "/pairs", null), 200).json().path("items");
    }
}
