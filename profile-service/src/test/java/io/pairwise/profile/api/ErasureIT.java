package io.pairwise.profile.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.platform.outbox.OutboxRelay;
import io.pairwise.profile.ProfileIntegrationTest;
import io.pairwise.profile.ProfileTopic;
import io.pairwise.profile.ProfileTopic.Event;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ErasureIT extends ProfileIntegrationTest {

    private static final String PARTICIPANTS = "/api/v1/profile/participants";
    /** All an erased participant's document may still hold: no identifier, no profile, no enrollment. */
    private static final Set<String> ERASED_FIELDS = Set.of("_id", "_class", "version", "status", "enrollments",
            "createdAt", "updatedAt", "erasedAt", "outbox");

    @Autowired
    OutboxRelay relay;

    @Test
    void aParticipantErasesThemselvesAndNoPersonalDataRemains() {
        String userName = unique("ingrid");
        String employeeId = unique("E");
        String id = createParticipant(userName, employeeId, profile("Ingrid Schäfer", "Platform"));
        String me = token(userName, "PARTICIPANT");
        String program = openProgram(token(unique("admin"), "PROGRAM_ADMIN"), program("CAREER"));
        call("POST", PARTICIPANTS + "/me/enrollments", me, Map.of("programId", program, "role", "BOTH"));
        ProfileTopic.await(id, 2);

        assertThat(call("DELETE", PARTICIPANTS + "/me", me, null).status()).isEqualTo(204);

        List<Event> events = ProfileTopic.await(id, 5);
        assertThat(ProfileTopic.types(events)).containsExactly("mentor-registered", "mentee-registered",
                "enrollment-withdrawn", "enrollment-withdrawn", "participant-erased");
        assertThat(events.get(2).json().path("reason").asString()).isEqualTo("PARTICIPANT_REQUEST");
        JsonNode erased = events.get(4).json();
        assertThat(erased.propertyNames()).containsExactlyInAnyOrder("participantId", "occurredAt");
        assertNoPersonalData(id, userName, employeeId, "Ingrid", "ingrid.sch");
        assertProblem(call("GET", PARTICIPANTS + "/me", me, null), 404, "not-found");
        assertProblem(call("GET", PARTICIPANTS + "/" + id, token("hr-sync", "SERVICE"), null), 404, "not-found");
        assertProblem(call("DELETE", PARTICIPANTS + "/me", me, null), 404, "not-found");
        // Nothing of the person is kept, so HR can provision the employee id again, as a new participant.
        assertThat(createParticipant(userName, employeeId, profile("Ingrid Schäfer", "Platform"))).isNotEqualTo(id);
    }

    @Test
    void unpublishedEventsCarryingTheProfileGoWithTheErasure() {
        String userName = unique("tiago");
        String id = createParticipant(userName, unique("E"), profile("Tiago Almeida", "Payments"));
        String me = token(userName, "PARTICIPANT");
        String program = openProgram(token(unique("admin"), "PROGRAM_ADMIN"), program("CAREER"));
        relay.stop(); // the registration's event stays in the outbox, with the whole profile in it
        try {
            call("POST", PARTICIPANTS + "/me/enrollments", me, Map.of("programId", program, "role", "MENTEE"));
            assertThat(rawParticipant(id).toJson()).contains("Tiago Almeida");

            call("DELETE", PARTICIPANTS + "/me", me, null);

            List<Document> outbox = rawParticipant(id).getList("outbox", Document.class);
            assertThat(outbox).extracting(entry -> entry.getString("type")).containsExactly(
                    "pairwise.profile.enrollment-withdrawn.v1", "pairwise.profile.participant-erased.v1");
            assertNoPersonalData(id, userName, "Tiago");
        } finally {
            relay.start();
        }
        // The registration never goes out: it would have carried the erased profile.
        assertThat(ProfileTopic.types(ProfileTopic.await(id, 2))).containsExactly("enrollment-withdrawn",
                "participant-erased");
    }

    @Test
    void adminsEraseTheParticipantsOfTheirProgramsAndImportReportsForgetThem() {
        String owner = token(unique("admin"), "PROGRAM_ADMIN");
        String program = openProgram(owner, program("CAREER"));
        String employeeId = unique("E");
        String id = createParticipant(unique("cho"), employeeId, profile("Cho Min", "Research"));
        call("POST", "/api/v1/profile/programs/" + program + "/enrollments", owner,
                Map.of("participantId", id, "role", "MENTEE"));
        Response job = call("POST", "/api/v1/profile/imports", owner,
                "employee_id,display_name,email,department,time_zone\n" + employeeId + ",Cho Min,cho@example.com,Research,Moon/Base\n",
                "text/csv");
        String jobPath = "/api/v1/profile/imports/" + job.json().path("id").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> call("GET", jobPath, owner, null).json().path("status").asString().equals("COMPLETED"));
        assertThat(call("GET", jobPath + "/errors", owner, null).body()).contains(employeeId);

        ProfileTopic.await(id, 1);
        assertProblem(call("DELETE", PARTICIPANTS + "/" + id, token(unique("admin"), "PROGRAM_ADMIN"), null),
                404, "not-found");
        assertThat(call("DELETE", PARTICIPANTS + "/" + id, owner, null).status()).isEqualTo(204);

        assertThat(call("GET", jobPath + "/errors", owner, null).body()).doesNotContain(employeeId);
        List<Event> events = ProfileTopic.await(id, 3);
        assertThat(events.get(1).json().path("reason").asString()).isEqualTo("ADMIN_ACTION");
        assertNoPersonalData(id, employeeId, "Cho Min");
    }

    private void assertNoPersonalData(String id, String... personal) {
        Document stored = rawParticipant(id);
        assertThat(stored.keySet()).isSubsetOf(ERASED_FIELDS);
        assertThat(stored.getList("enrollments", Document.class, List.of())).isEmpty();
        assertThat(stored.getString("status")).isEqualTo("ERASED");
        String json = stored.toJson();
        for (String value : personal) {
            assertThat(json).doesNotContain(value);
        }
    }
}
