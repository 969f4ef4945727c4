package io.pairwise.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.Topic;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.testsupport.PublishedEvents;
import io.pairwise.testsupport.PublishedEvents.Published;
import io.pairwise.testsupport.ServiceIntegrationTest;
import io.pairwise.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * One application context for the session service's integration tests, on the real broker and store,
 * with real tokens. It is driven as in production: matching and profile events on their topics, HTTP
 * calls with bearer tokens (the subject is the participant id), and what it publishes read back from
 * {@code pairwise.session.v1} and checked against the schemas. Its own consumer group keeps it apart
 * from the conformance test's context, which may be alive in the same JVM.
 */
@SpringBootTest(classes = {SessionServiceApplication.class, TestClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pairwise.events.consumer-group=session-service-it",
                "pairwise.sessions.sweep-initial-delay=PT24H"})
abstract class SessionServiceIntegrationTest extends ServiceIntegrationTest {

    static final String BERLIN = "Europe/Berlin";
    static final String NEW_YORK = "America/New_York";
    static final PublishedEvents PUBLISHED = new PublishedEvents(Topic.SESSION, "mentorshipId");

    @Autowired
    EventSubscription subscription;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
        PUBLISHED.start();
    }

    // --- driving the service with other services' events ---------------------------------------------------------

    /** A mentor (in Berlin) and a mentee (in New York) whose mentorship matching just announced. */
    record Pair(String mentorshipId, String programId, String mentor, String mentee) {

        List<String> members() {
            return List.of(mentor, mentee);
        }
    }

    Pair newPair() {
        return newPair(id("mentor"));
    }

    /** A new mentorship of the given mentor with a new mentee, known to the service when this returns. */
    Pair newPair(String mentor) {
        Pair pair = new Pair(id("msh"), id("prg"), mentor, id("mentee"));
        publish(new PairMatched(pair.mentorshipId(), pair.programId(),
                List.of(new Member(pair.mentor(), "Mentor " + pair.mentor(), BERLIN)),
                List.of(new Member(pair.mentee(), "Mentee " + pair.mentee(), NEW_YORK)), 0.8, List.of(), 14,
                LocalDate.now().plusMonths(6), clock.instant()));
        awaitKnown(pair.mentorshipId(), pair.mentor());
        return pair;
    }

    void awaitKnown(String mentorshipId, String member) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/sessions/mentorships/" + mentorshipId, member).status() == 200);
    }

    /** The participant's profile as profile-service announces it: name, e-mail and zone for invites. */
    void publishProfile(String participantId, String displayName, String email, String timeZone) {
        ParticipantSnapshot sample = EventSamples.mentorProfile();
        ParticipantSnapshot profile = new ParticipantSnapshot(sample.employeeId(), null, displayName, email,
                sample.preferredLocale(), sample.jobTitle(), sample.department(), sample.location(), timeZone,
                sample.languages(), sample.managerEmployeeId(), sample.reportingChain(), sample.careerStage(),
                sample.yearsOfExperience(), sample.expertise(), sample.developmentGoals(), sample.interests(),
                sample.values(), sample.communicationStyle(), sample.meetingPreferences(), sample.mentorCapacity(),
                sample.avoidParticipantIds());
        publish(new ProfileUpdated(participantId, profile, List.of(), Instant.now()));
    }

    // --- what the service published -------------------------------------------------------------------------------

    /** Waits for {@code count} events of the type for the mentorship; each must be valid against its schema. */
    List<Published> awaitEvents(String mentorshipId, String typeSuffix, int count) {
        return PUBLISHED.awaitValid(mentorshipId, typeSuffix, count);
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    Response put(String path, String participant, Object body) {
        return call("PUT", path, token(participant, "PARTICIPANT"), body);
    }

    // --- sessions -----------------------------------------------------------------------------------------------

    /** A wall-clock time in the zone, some time from the (test) clock's now, on a whole minute. */
    LocalDateTime localIn(Duration fromNow, String zone) {
        return LocalDateTime.ofInstant(clock.instant().plus(fromNow), ZoneId.of(zone)).truncatedTo(ChronoUnit.MINUTES);
    }

    static Map<String, Object> sessionRequest(LocalDateTime start, String zone, int minutes) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("start", start.toString());
        request.put("timeZone", zone);
        request.put("durationMinutes", minutes);
        request.put("channel", "VIDEO");
        request.put("meetingLink", "https://meet.example.com/pairwise-" + UUID.randomUUID().toString().substring(0, 6));
        request.put("agenda", "Career goals for the next quarter");
        request.put("preWork", "Write down three situations you want to discuss");
        return request;
    }

    /** Schedules a session as {@code by}, {@code fromNow} from the clock's now, and returns it. */
    JsonNode schedule(Pair pair, String by, Duration fromNow, int minutes) {
        Response response = post("/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/sessions", by,
                sessionRequest(localIn(fromNow, BERLIN), BERLIN, minutes));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** Moves the clock past the session's start, so it can be recorded as held or missed. */
    void afterStartOf(JsonNode session) {
        Instant start = Instant.parse(session.path("startsAt").asString());
        Duration until = Duration.between(clock.instant(), start).plusMinutes(5);
        if (!until.isNegative()) {
            clock.advance(until);
        }
    }
}
