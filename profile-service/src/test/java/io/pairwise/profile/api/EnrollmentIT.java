package io.pairwise.profile.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.profile.ProfileIntegrationTest;
import io.pairwise.profile.ProfileTopic;
import io.pairwise.profile.ProfileTopic.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnrollmentIT extends ProfileIntegrationTest {

    private static final String ME = "/api/v1/profile/participants/me";

    private final String adminToken = token(unique("admin"), "PROGRAM_ADMIN");

    @Test
    void participantsEnrolAsMentorMenteeOrBothWhereTheMentoringTypeAllows() {
        String userName = unique("ingrid");
        String id = createParticipant(userName, unique("E"), profile("Ingrid Schäfer", "Platform"));
        String me = token(userName, "PARTICIPANT");
        String career = openProgram(adminToken, program("CAREER"));
        String peer = openProgram(adminToken, program("PEER"));
        String reverse = openProgram(adminToken, program("REVERSE"));

        JsonNode both = call("POST", ME + "/enrollments", me, Map.of("programId", career, "role", "BOTH")).json();
        assertThat(both.path("enrollments")).hasSize(2);
        assertProblem(call("POST", ME + "/enrollments", me, Map.of("programId", peer, "role", "MENTEE")), 409, "conflict");
        assertThat(call("POST", ME + "/enrollments", me, Map.of("programId", peer, "role", "BOTH")).status()).isEqualTo(200);
        assertThat(call("POST", ME + "/enrollments", me, Map.of("programId", reverse, "role", "MENTEE")).status())
                .isEqualTo(200);
        Response second = call("POST", ME + "/enrollments", me, Map.of("programId", reverse, "role", "MENTOR"));
        assertProblem(second, 409, "conflict");
        assertThat(second.json().path("detail").asString()).contains("one role only");
        assertProblem(call("POST", ME + "/enrollments", me, Map.of("programId", career, "role", "MENTEE")), 409, "conflict");

        List<Event> events = ProfileTopic.await(id, 5);
        assertThat(ProfileTopic.types(events)).containsExactly("mentor-registered", "mentee-registered",
                "mentor-registered", "mentee-registered", "mentee-registered");
        JsonNode mentor = events.getFirst().json();
        assertThat(mentor.path("programId").asString()).isEqualTo(career);
        assertThat(mentor.path("capacity").asInt()).as("the program's default").isEqualTo(2);
        assertThat(mentor.path("profile").path("expertise").toString()).contains("Kubernetes");
        assertThat(events.get(4).json().path("programId").asString()).isEqualTo(reverse);
    }

    @Test
    void eligibilityIsCheckedAndARefusalChangesNothing() {
        String userName = unique("tiago");
        String id = createParticipant(userName, unique("E"), profile("Tiago Almeida", "Payments"));
        String me = token(userName, "PARTICIPANT");
        Map<String, Object> restricted = program("CAREER");
        restricted.put("eligibility", Map.of("departments", List.of("Platform"), "careerStages", List.of("EARLY")));
        String platformOnly = openProgram(adminToken, restricted);
        String notOpen = call("POST", "/api/v1/profile/programs", adminToken, program("CAREER")).json().path("id").asString();
        Map<String, Object> later = program("CAREER");
        later.put("enrollmentOpensAt", Instant.now().plusSeconds(86_400).toString());
        String notYet = openProgram(adminToken, later);
        String closed = openProgram(adminToken, program("CAREER"));
        call("POST", "/api/v1/profile/programs/" + closed + "/close", adminToken, null);
        Document before = rawParticipant(id);

        Response ineligible = call("POST", ME + "/enrollments", me, Map.of("programId", platformOnly, "role", "MENTEE"));
        assertProblem(ineligible, 409, "conflict");
        assertThat(ineligible.json().path("detail").asString())
                .contains("department Payments is not eligible").contains("career stage SENIOR is not eligible");
        assertThat(call("POST", ME + "/enrollments", me, Map.of("programId", notOpen, "role", "MENTEE"))
                .json().path("detail").asString()).contains("enrollment is not open");
        assertThat(call("POST", ME + "/enrollments", me, Map.of("programId", notYet, "role", "MENTEE"))
                .json().path("detail").asString()).contains("enrollment opens at");
        assertThat(call("POST", ME + "/enrollments", me, Map.of("programId", closed, "role", "MENTEE"))
                .json().path("detail").asString()).contains("the program is closed");
        assertProblem(call("POST", ME + "/enrollments", me, Map.of("programId", "prg-nope", "role", "MENTEE")),
                404, "not-found");
        assertInvalid(call("POST", ME + "/enrollments", me, Map.of("programId", notOpen, "role", "MENTOR",
                "capacity", 0)), "capacity");

        assertThat(rawParticipant(id)).isEqualTo(before);
        assertThat(ProfileTopic.of(id)).isEmpty();
    }

    @Test
    void anIncompleteProfileCannotEnrolUntilItIsCompleted() {
        String userName = unique("new");
        Response provisioned = call("POST", "/scim/v2/Users", token("hr-sync", "SERVICE"), Map.of(
                "userName", userName, "displayName", "New Hire", "emails", List.of(Map.of("value", "new@example.com")),
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                Map.of("employeeNumber", unique("E"), "department", "Platform")));
        assertThat(provisioned.status()).as(provisioned.body()).isEqualTo(201);
        String program = openProgram(adminToken, program("CAREER"));
        String me = token(userName, "PARTICIPANT");

        Response refused = call("POST", ME + "/enrollments", me, Map.of("programId", program, "role", "MENTEE"));
        assertThat(refused.json().path("detail").asString()).contains("the profile lacks timeZone, languages, careerStage");
        assertThat(call("GET", ME, me, null).json().path("missingForEnrollment").toString())
                .contains("timeZone", "languages", "careerStage");

        Map<String, Object> completed = profile("New Hire", "Platform");
        completed.put("email", "new@example.com");
        assertThat(call("PUT", ME, me, completed).status()).isEqualTo(200);
        assertThat(call("POST", ME + "/enrollments", me, Map.of("programId", program, "role", "MENTEE")).status())
                .isEqualTo(200);
    }

    @Test
    void ownersEnrolAndWithdrawOthersAndParticipantsWithdrawThemselves() {
        String userName = unique("cho");
        String id = createParticipant(userName, unique("E"), profile("Cho Min", "Research"));
        String me = token(userName, "PARTICIPANT");
        String owner = unique("admin");
        String ownerToken = token(owner, "PROGRAM_ADMIN");
        String program = openProgram(ownerToken, program("CAREER"));
        String enrollments = "/api/v1/profile/programs/" + program + "/enrollments";

        assertProblem(call("POST", enrollments, adminToken, Map.of("participantId", id, "role", "BOTH")), 403, "forbidden");
        assertInvalid(call("POST", enrollments, ownerToken, Map.of("participantId", id, "employeeId", "E1",
                "role", "BOTH")), "oneReference");
        JsonNode enrolled = call("POST", enrollments, ownerToken, Map.of("participantId", id, "role", "BOTH",
                "capacity", 1)).json();
        assertThat(enrolled.path("enrollments").get(0).path("enrolledBy").asString()).isEqualTo(owner);
        assertThat(enrolled.path("enrollments").get(0).path("capacity").asInt()).isEqualTo(1);

        JsonNode withdrawn = call("DELETE", ME + "/enrollments/" + program + "?role=MENTOR", me, null).json();
        assertThat(withdrawn.path("enrollments")).singleElement()
                .satisfies(e -> assertThat(e.path("role").asString()).isEqualTo("MENTEE"));
        assertProblem(call("DELETE", ME + "/enrollments/" + program + "?role=MENTOR", me, null), 409, "conflict");
        assertThat(call("DELETE", enrollments + "/" + id, ownerToken, null).json().path("enrollments")).isEmpty();
        assertProblem(call("DELETE", ME + "/enrollments/" + program, me, null), 404, "not-found");

        List<Event> events = ProfileTopic.await(id, 4);
        assertThat(ProfileTopic.types(events)).containsExactly("mentor-registered", "mentee-registered",
                "enrollment-withdrawn", "enrollment-withdrawn");
        assertThat(events.get(2).json().path("role").asString()).isEqualTo("MENTOR");
        assertThat(events.get(2).json().path("reason").asString()).isEqualTo("PARTICIPANT_REQUEST");
        assertThat(events.get(3).json().path("role").asString()).isEqualTo("MENTEE");
        assertThat(events.get(3).json().path("reason").asString()).isEqualTo("ADMIN_ACTION");
    }

    @Test
    void concurrentEnrollmentsOfOnePersonLoseNothing() throws Exception {
        String userName = unique("busy");
        String id = createParticipant(userName, unique("E"), profile("Busy Bee", "Platform"));
        String me = token(userName, "PARTICIPANT");
        List<String> programs = IntStream.range(0, 6).mapToObj(i -> openProgram(adminToken, program("CAREER"))).toList();

        List<Response> responses = new ArrayList<>();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<Response>> enrolments = programs.stream().<Callable<Response>>map(program -> () ->
                    call("POST", ME + "/enrollments", me, Map.of("programId", program, "role", "MENTEE"))).toList();
            for (Future<Response> response : requests.invokeAll(enrolments)) {
                responses.add(response.get());
            }
        }

        // Every request either enrolled or was told to retry; none was silently overwritten.
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 409));
        List<String> enrolled = new ArrayList<>();
        call("GET", ME, me, null).json().path("enrollments")
                .forEach(e -> enrolled.add(e.path("programId").asString()));
        assertThat(enrolled).hasSize((int) responses.stream().filter(r -> r.status() == 200).count());
        List<Event> events = ProfileTopic.await(id, enrolled.size());
        assertThat(events).extracting(e -> e.json().path("programId").asString())
                .containsExactlyInAnyOrderElementsOf(enrolled);
    }

    @Test
    void aProfileChangeEndsTheEnrollmentsItNoLongerQualifiesFor() {
        String userName = unique("ana");
        Map<String, Object> own = profile("Ana Costa", "Platform");
        String id = createParticipant(userName, unique("E"), own);
        String me = token(userName, "PARTICIPANT");
        Map<String, Object> restricted = program("CAREER");
        restricted.put("eligibility", Map.of("departments", List.of("platform")));
        String platformOnly = openProgram(adminToken, restricted);
        String everyone = openProgram(adminToken, program("CAREER"));
        call("POST", ME + "/enrollments", me, Map.of("programId", platformOnly, "role", "MENTOR"));
        call("POST", ME + "/enrollments", me, Map.of("programId", everyone, "role", "MENTEE"));

        own.put("department", "Payments");
        JsonNode moved = call("PUT", ME, me, own).json();

        assertThat(moved.path("enrollments")).singleElement()
                .satisfies(e -> assertThat(e.path("programId").asString()).isEqualTo(everyone));
        List<Event> events = ProfileTopic.await(id, 4);
        assertThat(ProfileTopic.types(events)).containsExactly("mentor-registered", "mentee-registered",
                "enrollment-withdrawn", "profile-updated");
        assertThat(events.get(2).json().path("reason").asString()).isEqualTo("NO_LONGER_ELIGIBLE");
        assertThat(events.get(3).json().path("profile").path("department").asString()).isEqualTo("Payments");
    }
}
