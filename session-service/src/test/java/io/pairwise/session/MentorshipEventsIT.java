package io.pairwise.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.MentorshipPaused;
import io.pairwise.contracts.matching.MentorshipResumed;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.PauseReason;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.matching.RelationshipOutcome;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.testsupport.PublishedEvents.Published;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The mentorship read model follows matching's and profile's events; ends and erasures close sessions. */
class MentorshipEventsIT extends SessionServiceIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPairMatchedMakesBothSidesMembersAndARedeliveryChangesNothing() {
        Pair pair = newPair();
        JsonNode mine = get("/api/v1/sessions/mentorships", pair.mentee()).json();
        assertThat(mine.size()).isEqualTo(1);
        JsonNode mentorship = mine.get(0);
        assertThat(mentorship.path("id").asString()).isEqualTo(pair.mentorshipId());
        assertThat(mentorship.path("programId").asString()).isEqualTo(pair.programId());
        assertThat(mentorship.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(mentorship.path("agreementStatus").asString()).isEqualTo("NONE");
        assertThat(mentorship.path("members").findValuesAsString("role")).containsExactly("MENTOR", "MENTEE");
        assertThat(mentorship.path("cadence").path("cadenceDays").asInt()).isEqualTo(14);
        assertThat(mentorship.path("cadence").path("overdue").asBoolean()).isFalse();

        // The same event again, and the match announced again: still one mentorship with two members.
        PairMatched again = new PairMatched(pair.mentorshipId(), pair.programId(),
                List.of(new Member(pair.mentor(), "Renamed Mentor", BERLIN)),
                List.of(new Member(pair.mentee(), "Mentee", NEW_YORK)), 0.8, List.of(), 21, LocalDate.now().plusMonths(6),
                Instant.now());
        EventEnvelope envelope = publish(again);
        publish(envelope);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/sessions/mentorships/" + pair.mentorshipId(),
                pair.mentor()).json().path("programCadenceDays").asInt() == 21);
        JsonNode updated = get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), pair.mentor()).json();
        assertThat(updated.path("members").findValuesAsString("displayName")).containsExactly("Renamed Mentor", "Mentee");
        assertThat(get("/api/v1/sessions/mentorships", pair.mentor()).json().size()).isEqualTo(1);

        // Someone else neither sees it listed nor can open it.
        String outsider = id("outsider");
        assertThat(get("/api/v1/sessions/mentorships", outsider).json().size()).isZero();
        assertProblem(get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), outsider), 404, "not-found");
        assertProblem(get("/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/sessions", outsider), 404, "not-found");
    }

    @Test
    void aGroupFormedMakesEveryMentorAndMenteeAMember() {
        String mentorshipId = id("group");
        List<Member> mentees = List.of(new Member(id("m1"), "Kenji", "Asia/Tokyo"), new Member(id("m2"), "Amara", "Africa/Lagos"),
                new Member(id("m3"), "Tiago", "Europe/Lisbon"));
        String mentor = id("lead");
        publish(new GroupFormed(mentorshipId, id("prg"), List.of(new Member(mentor, "Ingrid", BERLIN)), mentees,
                List.of("Kubernetes"), 0.7, 7, LocalDate.now().plusMonths(3), Instant.now()));
        awaitKnown(mentorshipId, mentor);
        for (Member mentee : mentees) {
            assertThat(get("/api/v1/sessions/mentorships/" + mentorshipId, mentee.participantId()).status()).isEqualTo(200);
        }
        JsonNode session = post("/api/v1/sessions/mentorships/" + mentorshipId + "/sessions", mentor,
                sessionRequest(localIn(Duration.ofDays(2), BERLIN), BERLIN, 60)).json();
        assertThat(session.path("memberTimes").findValuesAsString("timeZone"))
                .containsExactlyInAnyOrder(BERLIN, "Asia/Tokyo", "Africa/Lagos", "Europe/Lisbon");
        assertThat(awaitEvents(mentorshipId, "session-scheduled.v1", 1).getFirst().data().path("memberIds").size())
                .isEqualTo(4);
    }

    @Test
    void aPausedMentorshipPlansNoSessionsUntilItResumes() {
        Pair pair = newPair();
        publish(new MentorshipPaused(pair.mentorshipId(), pair.programId(), List.of(pair.mentor()), List.of(pair.mentee()),
                pair.mentee(), PauseReason.LEAVE, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "PAUSED".equals(get("/api/v1/sessions/mentorships/"
                + pair.mentorshipId(), pair.mentor()).json().path("status").asString()));
        Map<String, Object> request = sessionRequest(localIn(Duration.ofDays(2), BERLIN), BERLIN, 30);
        String sessions = "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/sessions";
        assertProblem(post(sessions, pair.mentor(), request), 409, "conflict");

        publish(new MentorshipResumed(pair.mentorshipId(), pair.programId(), List.of(pair.mentor()), List.of(pair.mentee()),
                pair.mentee(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> post(sessions, pair.mentor(), request).status() == 201);
    }

    @Test
    void aRelationshipEndCancelsEverySessionStillToComeAndClosesTheMentorship() {
        Pair pair = newPair();
        JsonNode first = schedule(pair, pair.mentor(), Duration.ofDays(1), 30);
        JsonNode second = schedule(pair, pair.mentee(), Duration.ofDays(15), 30);
        publish(new RelationshipEnded(pair.mentorshipId(), pair.programId(), List.of(pair.mentor()), List.of(pair.mentee()),
                RelationshipOutcome.ENDED_EARLY, EndReason.SCHEDULE_CONFLICT, pair.mentee(), Instant.now().minusSeconds(3600),
                Instant.now()));

        List<Published> cancelled = awaitEvents(pair.mentorshipId(), "session-cancelled.v1", 2);
        assertThat(cancelled).extracting(c -> c.data().path("sessionId").asText())
                .containsExactlyInAnyOrder(first.path("id").asString(), second.path("id").asString());
        assertThat(cancelled).allSatisfy(c -> {
            assertThat(c.data().path("reasonCode").asText()).isEqualTo("RELATIONSHIP_ENDED");
            assertThat(c.data().has("cancelledBy")).isFalse();
        });
        JsonNode mentorship = get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), pair.mentor()).json();
        assertThat(mentorship.path("status").asString()).isEqualTo("ENDED");
        assertThat(mentorship.path("cadence").path("overdue").asBoolean()).isFalse();
        assertProblem(post("/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/sessions", pair.mentor(),
                sessionRequest(localIn(Duration.ofDays(3), BERLIN), BERLIN, 30)), 409, "conflict");
    }

    @Test
    void anErasureRemovesThePersonsNotesAndCommentsAndCancelsTheirSessions() {
        Pair pair = newPair();
        publishProfile(pair.mentee(), "Tiago Almeida", "tiago@example.com", "Europe/Lisbon");
        JsonNode held = schedule(pair, pair.mentor(), Duration.ofHours(1), 30);
        String heldId = held.path("id").asString();
        afterStartOf(held);
        post("/api/v1/sessions/" + heldId + "/held", pair.mentor(), Map.of("attendeeIds", pair.members(),
                "note", "Mentor's own note", "actionItems", List.of(Map.of("text", "Read the book", "ownerId", pair.mentee()))));
        put("/api/v1/sessions/" + heldId + "/notes/mine", pair.mentee(), Map.of("text", "Mentee's private worries"));
        post("/api/v1/sessions/" + heldId + "/feedback", pair.mentee(), Map.of("rating", 3, "comment", "Too rushed"));
        JsonNode upcoming = schedule(pair, pair.mentee(), Duration.ofDays(7), 30);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.getCollection("participants").find(new Document("_id", pair.mentee())).first() != null);

        publish(new ParticipantErased(pair.mentee(), Instant.now()));

        Published cancelled = awaitEvents(pair.mentorshipId(), "session-cancelled.v1", 1).getFirst();
        assertThat(cancelled.data().path("sessionId").asText()).isEqualTo(upcoming.path("id").asString());
        assertThat(cancelled.data().path("reasonCode").asText()).isEqualTo("PARTICIPANT_ERASED");
        JsonNode seenByMentor = get("/api/v1/sessions/" + heldId, pair.mentor()).json();
        assertThat(seenByMentor.path("notes").findValuesAsString("text")).containsExactly("Mentor's own note");
        assertThat(seenByMentor.path("actionItems").get(0).path("ownerId").isMissingNode()
                || seenByMentor.path("actionItems").get(0).path("ownerId").isNull()).isTrue();
        Document stored = mongo.getCollection("sessions").find(new Document("_id", heldId)).first();
        assertThat(stored.toJson()).doesNotContain("Too rushed").doesNotContain("private worries");
        assertThat(mongo.getCollection("participants").find(new Document("_id", pair.mentee())).first()).isNull();

        // The erased person is no member any more: everything of the mentorship is 404 for them.
        assertProblem(get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), pair.mentee()), 404, "not-found");
        assertProblem(get("/api/v1/sessions/" + heldId, pair.mentee()), 404, "not-found");
        assertThat(get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), pair.mentor()).json()
                .path("members").size()).isEqualTo(1);
    }

    @Test
    void programAdminsSeeFiguresButNeitherSessionsNorNotes() {
        Pair pair = newPair();
        JsonNode session = schedule(pair, pair.mentor(), Duration.ofHours(1), 30);
        afterStartOf(session);
        post("/api/v1/sessions/" + session.path("id").asString() + "/held", pair.mentor(),
                Map.of("attendeeIds", pair.members(), "note", "Sensitive: considering leaving the company"));
        String admin = token("ada", "PROGRAM_ADMIN");

        Response summary = call("GET", "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/summary", admin, null);
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        assertThat(summary.json().path("sessionsByStatus").path("HELD").asLong()).isEqualTo(1);
        assertThat(summary.json().path("cadence").path("daysSinceLastHeld").asLong()).isZero();
        assertThat(summary.body()).doesNotContain("Sensitive");
        assertThat(call("GET", "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/summary",
                token(pair.mentee(), "PARTICIPANT"), null).status()).isEqualTo(200);
        assertProblem(get("/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/summary", id("outsider")), 404,
                "not-found");

        assertProblem(call("GET", "/api/v1/sessions/mentorships/" + pair.mentorshipId(), admin, null), 403, "forbidden");
        assertProblem(call("GET", "/api/v1/sessions/" + session.path("id").asString(), admin, null), 403, "forbidden");
        assertProblem(call("GET", "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/summary",
                token("analyst", "ANALYST"), null), 403, "forbidden");

        // The member's own view of the cadence.
        JsonNode cadence = get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), pair.mentee()).json().path("cadence");
        assertThat(Instant.parse(cadence.path("lastHeldAt").asString()))
                .isEqualTo(Instant.parse(session.path("startsAt").asString()));
        assertThat(cadence.path("daysSinceLastHeld").asLong()).isZero();
        clock.advance(Duration.ofDays(15));
        JsonNode later = get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), pair.mentee()).json().path("cadence");
        assertThat(later.path("daysSinceLastHeld").asLong()).isEqualTo(15);
        assertThat(later.path("overdue").asBoolean()).isTrue();
    }
}
