package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.profile.Enrollment;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.profile.WithdrawalReason;
import io.pairwise.matching.domain.lifecycle.CapacityLedger;
import io.pairwise.platform.messaging.ProcessedEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The read model follows profile's events only: idempotent, newest wins, erasure removes personal data. */
class ReadModelIT extends MatchingServiceIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CapacityLedger ledger;
    @Autowired
    ProcessedEvents processed;

    @Test
    void redeliveredAndLateEventsChangeNothing() {
        String programId = createProgram(MentoringType.CAREER, MatchingMode.MENTEE_CHOICE, null);
        String mentor = id("mentor");
        Instant registeredAt = Instant.now();
        EventEnvelope registration = publish(new MentorRegistered(mentor, programId,
                mentorProfile("E-" + mentor, "Kubernetes", 5), 2, registeredAt));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.enrollee(programId, Role.MENTOR, mentor).isPresent());
        Document before = enrollment(programId, mentor);
        Map<String, Integer> placesBefore = ledger.free(programId);

        publish(registration); // the same event again (same id)
        publish(new MentorRegistered(mentor, programId, mentorProfile("E-" + mentor, "Kubernetes", 5), 2,
                registeredAt)); // the same content under a new id
        // a late update, older than the registration, must not win
        EventEnvelope late = publish(new ProfileUpdated(mentor, mentorProfile("E-" + mentor, "Cobol", 1),
                List.of(new Enrollment(programId, Role.MENTOR, 9)), registeredAt.minusSeconds(60)));
        // same key, same partition, handled in order: once the last is recorded, all were handled
        await().atMost(Duration.ofSeconds(30)).until(() -> processed.contains(late.id()));

        assertThat(enrollment(programId, mentor)).isEqualTo(before);
        assertThat(ledger.free(programId).get(mentor)).isEqualTo(placesBefore.get(mentor)).isEqualTo(2);

        // a newer update wins: capacity and profile follow
        publish(new ProfileUpdated(mentor, mentorProfile("E-" + mentor, "Rust", 4),
                List.of(new Enrollment(programId, Role.MENTOR, 3)), Instant.now().plusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.free(programId).get(mentor) == 3);
        assertThat(directory.enrollee(programId, Role.MENTOR, mentor).orElseThrow().profile().expertise().getFirst().skill())
                .isEqualTo("Rust");

        publish(new EnrollmentWithdrawn(mentor, programId, Role.MENTOR, WithdrawalReason.PARTICIPANT_REQUEST,
                Instant.now().plusSeconds(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.enrolled(programId, Role.MENTOR).stream()
                .noneMatch(e -> e.participantId().equals(mentor)));
    }

    @Test
    void erasureRemovesTheProfileAndTheReflectionsAndEndsTheMentorship() {
        String programId = createProgram(MentoringType.CAREER, MatchingMode.MENTEE_CHOICE, null);
        String mentor = id("mentor");
        String mentee = id("mentee");
        enrollMentor(programId, mentor, mentorProfile("E-" + mentor, "Kubernetes", 5), 1);
        enrollMentee(programId, mentee, menteeProfile("E-" + mentee, "Kubernetes"));
        String request = ok(post("/api/v1/matching/programs/" + programId + "/requests", mentee,
                Map.of("mentorIds", List.of(mentor))), 201).json().get(0).path("id").asString();
        ok(post("/api/v1/matching/mentorships/" + request + "/accept", mentor, null), 200);
        assertThat(ledger.free(programId).get(mentor)).isZero();

        publish(new ParticipantErased(mentee, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.enrollee(programId, Role.MENTEE, mentee).isEmpty());
        assertThat(mongo.count(Query.query(Criteria.where("participantId").is(mentee)), "enrollments")).isZero();
        var ended = awaitEvents(request, "relationship-ended", 1).getFirst().data();
        assertThat(ended.path("reasonCode").asText()).isEqualTo("PARTICIPANT_ERASED");
        assertThat(ledger.free(programId).get(mentor)).as("the place is free again").isEqualTo(1);
        ok(post("/api/v1/matching/mentorships/" + request + "/reflection", mentor, Map.of("text", "Sad to stop")), 200);
        assertThat(ok(get("/api/v1/matching/mentorships/" + request, mentor), 200).json().path("status").asString())
                .isEqualTo("ENDED_EARLY");
    }

    private Document enrollment(String programId, String participantId) {
        return mongo.findById(programId + "|MENTOR|" + participantId, Document.class, "enrollments");
    }

}
