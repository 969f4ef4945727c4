package io.pairwise.profile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.Topic;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.matching.RelationshipOutcome;
import io.pairwise.profile.ProfileIntegrationTest;
import io.pairwise.profile.ProfileTopic;
import io.pairwise.profile.ProfileTopic.Event;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

class ParticipantIT extends ProfileIntegrationTest {

    private static final String PARTICIPANTS = "/api/v1/profile/participants";

    @Autowired
    KafkaTemplate<String, CloudEvent> events;

    @Test
    void adminsAndInternalSystemsAddParticipantsOnceEach() {
        String employeeId = unique("E");
        String userName = unique("ingrid");
        Response created = call("POST", PARTICIPANTS, token(unique("admin"), "PROGRAM_ADMIN"),
                Map.of("employeeId", employeeId, "userName", userName, "profile", profile("Ingrid Schäfer", "Platform")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode participant = created.json();
        assertThat(participant.path("id").asString()).startsWith("prt-");
        assertThat(participant.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(participant.path("missingForEnrollment")).isEmpty();
        assertThat(created.raw().headers().firstValue("Location")).hasValue(PARTICIPANTS + "/" + participant.path("id").asString());

        assertProblem(call("POST", PARTICIPANTS, token("hr-sync", "SERVICE"), Map.of("employeeId", employeeId,
                "userName", unique("other"), "profile", profile("Other", "Platform"))), 409, "conflict");
        assertProblem(call("POST", PARTICIPANTS, token("hr-sync", "SERVICE"), Map.of("employeeId", unique("E"),
                "userName", userName, "profile", profile("Other", "Platform"))), 409, "conflict");
        assertProblem(call("POST", PARTICIPANTS, token(userName, "PARTICIPANT"), Map.of("employeeId", unique("E"),
                "userName", unique("x"), "profile", profile("Other", "Platform"))), 403, "forbidden");
    }

    @Test
    void badProfilesAreRefusedFieldByFieldAndChangeNothing() {
        String userName = unique("tiago");
        String id = createParticipant(userName, unique("E"), profile("Tiago Almeida", "Payments"));
        Document before = rawParticipant(id);
        Map<String, Object> bad = profile("x".repeat(201), "Payments");
        bad.put("email", "tiago-at-example");
        bad.put("timeZone", "Mars/Olympus_Mons");
        bad.put("languages", List.of("english!"));
        bad.put("expertise", List.of(Map.of("skill", "Java", "level", 6)));
        bad.put("mentorCapacity", 11);
        bad.put("yearsOfExperience", 71);
        bad.put("meetingPreferences", Map.of("cadenceDays", 0, "modes", List.of("VIDEO")));

        Response refused = call("PUT", PARTICIPANTS + "/me", token(userName, "PARTICIPANT"), bad);

        assertInvalid(refused, "displayName", "email", "timeZone", "expertise[0].level", "mentorCapacity",
                "yearsOfExperience", "meetingPreferences.cadenceDays");
        assertThat(refused.invalidFields()).anyMatch(field -> field.startsWith("languages[0]"));
        assertThat(rawParticipant(id)).isEqualTo(before);
        long count = mongo.getCollection("participants").countDocuments();
        Response badCreate = call("POST", PARTICIPANTS, token("hr-sync", "SERVICE"),
                Map.of("employeeId", unique("E"), "userName", unique("u"), "profile", bad));
        assertInvalid(badCreate, "profile.timeZone", "profile.email");
        assertThat(mongo.getCollection("participants").countDocuments()).isEqualTo(count);
    }

    @Test
    void aParticipantReadsAndEditsOnlyTheirOwnProfile() {
        String ana = unique("ana");
        String anaId = createParticipant(ana, unique("E"), profile("Ana Costa", "Payments"));
        String benId = createParticipant(unique("ben"), unique("E"), profile("Ben Okafor", "Payments"));
        String anaToken = token(ana, "PARTICIPANT");

        assertThat(call("GET", PARTICIPANTS + "/me", anaToken, null).json().path("id").asString()).isEqualTo(anaId);
        assertThat(call("GET", PARTICIPANTS + "/" + anaId, anaToken, null).status()).isEqualTo(200);
        assertProblem(call("GET", PARTICIPANTS + "/" + benId, anaToken, null), 404, "not-found");
        assertProblem(call("GET", PARTICIPANTS + "/" + benId + "/public", anaToken, null), 404, "not-found");
        assertProblem(call("DELETE", PARTICIPANTS + "/" + benId, anaToken, null), 403, "forbidden");
        assertProblem(call("GET", PARTICIPANTS + "/me", token(unique("nobody"), "PARTICIPANT"), null), 404, "not-found");

        Map<String, Object> edited = profile("Ana Costa", "Payments");
        edited.put("jobTitle", "Staff Engineer");
        edited.put("avoidParticipantIds", List.of(benId));
        JsonNode updated = call("PUT", PARTICIPANTS + "/me", anaToken, edited).json();
        assertThat(updated.path("profile").path("jobTitle").asString()).isEqualTo("Staff Engineer");
        assertThat(updated.path("profile").path("avoidParticipantIds").toString()).contains(benId);
        assertThat(updated.path("employeeId").asString()).isNotBlank();
    }

    @Test
    void adminsSeeTheParticipantsOfTheirProgramsOnly() {
        String owner = unique("admin");
        String ownerToken = token(owner, "PROGRAM_ADMIN");
        String programId = openProgram(ownerToken, program("CAREER"));
        String employeeId = unique("E");
        String id = createParticipant(unique("cho"), employeeId, profile("Cho Min", "Research"));
        String otherAdmin = token(unique("admin"), "PROGRAM_ADMIN");

        assertProblem(call("GET", PARTICIPANTS + "/" + id, ownerToken, null), 404, "not-found");
        Response enrolled = call("POST", "/api/v1/profile/programs/" + programId + "/enrollments", ownerToken,
                Map.of("employeeId", employeeId, "role", "MENTEE"));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);

        JsonNode seen = call("GET", PARTICIPANTS + "/" + id, ownerToken, null).json();
        assertThat(seen.path("profile").path("email").asString()).isNotBlank();
        assertProblem(call("GET", PARTICIPANTS + "/" + id, otherAdmin, null), 404, "not-found");
        assertThat(call("GET", PARTICIPANTS + "/" + id, token("hr-sync", "SERVICE"), null).status()).isEqualTo(200);
    }

    @Test
    void partnersSeeEachOthersPublicProfileWhileTheirMentorshipIsOpen() {
        String mentor = unique("maria");
        String mentorId = createParticipant(mentor, unique("E"), profile("Maria Mentor", "Platform"));
        String menteeId = createParticipant(unique("tom"), unique("E"), profile("Tom Mentee", "Payments"));
        String mentorToken = token(mentor, "PARTICIPANT");
        String mentorship = unique("msh");
        assertProblem(call("GET", PARTICIPANTS + "/" + menteeId + "/public", mentorToken, null), 404, "not-found");

        publishMatching(mentorship, new PairMatched(mentorship, "prg-x", List.of(new Member(mentorId, "Maria Mentor",
                "Europe/Berlin")), List.of(new Member(menteeId, "Tom Mentee", "Europe/Lisbon")), 0.8, List.of(), 14,
                LocalDate.now().plusMonths(6), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                call("GET", PARTICIPANTS + "/" + menteeId + "/public", mentorToken, null).status() == 200);
        Response card = call("GET", PARTICIPANTS + "/" + menteeId + "/public", mentorToken, null);
        assertThat(card.json().path("displayName").asString()).isEqualTo("Tom Mentee");
        assertThat(card.json().path("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(card.body()).doesNotContain("@example.com").doesNotContain("employeeId").doesNotContain("reportingChain");
        assertProblem(call("GET", PARTICIPANTS + "/" + menteeId, mentorToken, null), 404, "not-found");

        publishMatching(mentorship, new RelationshipEnded(mentorship, "prg-x", List.of(mentorId), List.of(menteeId),
                RelationshipOutcome.COMPLETED, EndReason.PLANNED_END, null, Instant.now().minusSeconds(86400),
                Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                call("GET", PARTICIPANTS + "/" + menteeId + "/public", mentorToken, null).status() == 404);
    }

    @Test
    void profileChangesArePublishedOnceEnrolledWithTheReportingChain() {
        String topId = unique("E");
        String managerId = unique("E");
        createParticipant(unique("ceo"), topId, profile("Top Boss", "Board"));
        Map<String, Object> managerProfile = profile("Middle Manager", "Platform");
        managerProfile.put("managerEmployeeId", topId);
        createParticipant(unique("mgr"), managerId, managerProfile);
        String userName = unique("ingrid");
        Map<String, Object> own = profile("Ingrid Schäfer", "Platform");
        own.put("managerEmployeeId", managerId);
        String id = createParticipant(userName, unique("E"), own);
        String userToken = token(userName, "PARTICIPANT");
        String programId = openProgram(token(unique("admin"), "PROGRAM_ADMIN"), program("CAREER"));

        own.put("jobTitle", "Engineering Manager");
        assertThat(call("PUT", PARTICIPANTS + "/me", userToken, own).status()).isEqualTo(200);
        assertThat(call("POST", PARTICIPANTS + "/me/enrollments", userToken,
                Map.of("programId", programId, "role", "MENTOR", "capacity", 3)).status()).isEqualTo(200);
        own.put("jobTitle", "Director");
        assertThat(call("PUT", PARTICIPANTS + "/me", userToken, own).status()).isEqualTo(200);
        // Unchanged: no event.
        assertThat(call("PUT", PARTICIPANTS + "/me", userToken, own).status()).isEqualTo(200);

        List<Event> published = ProfileTopic.await(id, 2);
        assertThat(ProfileTopic.types(published)).as("nothing before enrolling, nothing for the repeat")
                .containsExactly("mentor-registered", "profile-updated");
        JsonNode registered = published.get(0).json();
        assertThat(registered.path("capacity").asInt()).isEqualTo(3);
        assertThat(registered.path("profile").path("jobTitle").asString()).isEqualTo("Engineering Manager");
        assertThat(registered.path("profile").path("reportingChain").toString())
                .isEqualTo("[\"" + managerId + "\",\"" + topId + "\"]");
        JsonNode updated = published.get(1).json();
        assertThat(updated.path("profile").path("jobTitle").asString()).isEqualTo("Director");
        assertThat(updated.path("enrollments").get(0).path("programId").asString()).isEqualTo(programId);
    }

    private void publishMatching(String mentorshipId, DomainEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), URI.create("/pairwise/matching-service"),
                Instant.now(), event, null, null);
        events.send(new ProducerRecord<>(Topic.MATCHING.topicName(), mentorshipId, envelope.toCloudEvent())).join();
    }
}
