package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.Topic;
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
import io.pairwise.matching.domain.lifecycle.ProgramDirectory;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.testsupport.PublishedEvents;
import io.pairwise.testsupport.PublishedEvents.Published;
import io.pairwise.testsupport.ServiceIntegrationTest;
import io.pairwise.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * One application context for the matching service's integration tests, on the real broker and store,
 * with real tokens. Driven as in production: profile events on their topic build the read model, HTTP
 * calls carry bearer tokens (subject = participant id), and what the service publishes is read back from
 * {@code pairwise.matching.v1} and checked against the schemas. The sweep runs every second; the test
 * clock moves deadlines past.
 */
@SpringBootTest(classes = {MatchingServiceApplication.class, TestClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pairwise.events.consumer-group=matching-service-it",
                "pairwise.matching.sweep-initial-delay=PT1S", "pairwise.matching.sweep-interval=PT1S",
                "pairwise.matching.request-ttl=PT48H", "pairwise.matching.max-open-requests=1"})
abstract class MatchingServiceIntegrationTest extends ServiceIntegrationTest {

    static final String ADMIN = "admin-owner";
    static final PublishedEvents PUBLISHED = new PublishedEvents(Topic.MATCHING, "mentorshipId");

    @Autowired
    EventSubscription subscription;
    @Autowired
    ProgramDirectory directory;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
        PUBLISHED.start();
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

    // --- what the service published -------------------------------------------------------------------------------

    /** Waits for {@code count} events of the type for the mentorship; each must be valid against its schema. */
    List<Published> awaitEvents(String mentorshipId, String typeSuffix, int count) {
        return PUBLISHED.awaitValid(mentorshipId, typeSuffix + ".v1", count);
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    Response admin(String method, String path, Object body) {
        return call(method, path, token(ADMIN, "PROGRAM_ADMIN"), body);
    }

    static Response ok(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
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
