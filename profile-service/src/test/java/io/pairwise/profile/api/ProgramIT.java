package io.pairwise.profile.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.profile.ProfileIntegrationTest;
import io.pairwise.profile.ProfileTopic;
import io.pairwise.profile.ProfileTopic.Event;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProgramIT extends ProfileIntegrationTest {

    private static final String PROGRAMS = "/api/v1/profile/programs";

    private final String admin = unique("admin");
    private final String adminToken = token(admin, "PROGRAM_ADMIN");

    @Test
    void anAdminCreatesUpdatesOpensAndClosesAProgramAndEachStepIsPublished() {
        Map<String, Object> settings = program("CAREER");
        settings.put("startDate", "2026-01-05");
        settings.put("endDate", "2026-12-18");
        settings.put("eligibility", Map.of("departments", List.of("Platform"), "careerStages", List.of("EARLY", "MID")));
        settings.put("matchingRules", Map.of("maxTimeZoneDistanceHours", 4, "objective", "MOST_MATCHED",
                "criterionWeights", Map.of("SKILL_FIT", 0.6, "SHARED_LANGUAGE", 0.4)));
        settings.put("ownerIds", List.of("co-owner"));

        Response created = call("POST", PROGRAMS, adminToken, settings);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode program = created.json();
        String id = program.path("id").asString();
        assertThat(created.raw().headers().firstValue("Location")).hasValue(PROGRAMS + "/" + id);
        assertThat(program.path("enrollmentOpen").asBoolean()).isFalse();
        assertThat(program.path("evergreen").asBoolean()).isFalse();
        assertThat(program.path("ownerIds").toString()).contains("co-owner").contains(admin);
        assertThat(program.path("matchingRules").path("excludeReportingChain").asBoolean()).as("default").isTrue();

        settings.put("name", "Leadership, renamed");
        settings.put("ownerIds", List.of("co-owner", admin));
        assertThat(call("PUT", PROGRAMS + "/" + id, adminToken, settings).json().path("name").asString())
                .isEqualTo("Leadership, renamed");
        assertThat(call("POST", PROGRAMS + "/" + id + "/enrollment/open", adminToken, null).json()
                .path("enrollmentOpen").asBoolean()).isTrue();
        // Opening again changes nothing and publishes nothing.
        assertThat(call("POST", PROGRAMS + "/" + id + "/enrollment/open", adminToken, null).status()).isEqualTo(200);
        JsonNode closed = call("POST", PROGRAMS + "/" + id + "/close", token("co-owner", "PROGRAM_ADMIN"), null).json();
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("acceptingEnrollments").asBoolean()).isFalse();

        List<Event> events = ProfileTopic.await(id, 4);
        assertThat(ProfileTopic.types(events))
                .containsExactly("program-created", "program-updated", "program-updated", "program-closed");
        JsonNode createdEvent = events.getFirst().json().path("program");
        assertThat(createdEvent.path("eligibility").path("departments").toString()).contains("Platform");
        assertThat(createdEvent.path("matchingRules").path("objective").asString()).isEqualTo("MOST_MATCHED");
        assertThat(events.get(2).json().path("program").path("enrollmentOpen").asBoolean()).isTrue();
        assertThat(events.get(3).json().path("closedBy").asString()).isEqualTo("co-owner");

        assertProblem(call("PUT", PROGRAMS + "/" + id, adminToken, settings), 409, "conflict");
        assertProblem(call("POST", PROGRAMS + "/" + id + "/enrollment/open", adminToken, null), 409, "conflict");
    }

    @Test
    void badSettingsAreRefusedWithFieldErrorsAndWriteNothing() {
        long before = mongo.getCollection("programs").countDocuments();
        Map<String, Object> settings = program("CAREER");
        settings.put("name", " ");
        settings.put("cadenceDays", 0);
        settings.put("defaultCapacity", 11);
        settings.put("matchingRules", Map.of("maxTimeZoneDistanceHours", 30));

        assertInvalid(call("POST", PROGRAMS, adminToken, settings), "name", "cadenceDays", "defaultCapacity",
                "matchingRules.maxTimeZoneDistanceHours");

        Map<String, Object> rules = program("GROUP");
        rules.remove("groupSize");
        assertProblem(call("POST", PROGRAMS, adminToken, rules), 400, "validation");
        Map<String, Object> dates = program("CAREER");
        dates.put("startDate", "2026-05-01");
        dates.put("endDate", "2026-04-01");
        Response backwards = call("POST", PROGRAMS, adminToken, dates);
        assertProblem(backwards, 400, "validation");
        assertThat(backwards.json().path("detail").asString()).contains("endDate");
        Map<String, Object> evergreen = program("CAREER");
        evergreen.put("evergreen", true);
        evergreen.put("startDate", "2026-05-01");
        evergreen.put("endDate", "2026-06-01");
        assertProblem(call("POST", PROGRAMS, adminToken, evergreen), 400, "validation");
        assertProblem(call("POST", PROGRAMS, adminToken, "{\"mentoringType\":\"LIFE_COACHING\"}", "application/json"),
                400, "malformed-request");

        assertThat(mongo.getCollection("programs").countDocuments()).isEqualTo(before);
    }

    @Test
    void onlyAdminsCreateAndOnlyOwnersChangeWhileEveryoneReads() {
        String id = call("POST", PROGRAMS, adminToken, program("PEER")).json().path("id").asString();

        assertProblem(call("POST", PROGRAMS, token("pat", "PARTICIPANT"), program("PEER")), 403, "forbidden");
        String otherAdmin = token(unique("admin"), "PROGRAM_ADMIN");
        assertProblem(call("POST", PROGRAMS + "/" + id + "/enrollment/open", otherAdmin, null), 403, "forbidden");
        assertProblem(call("POST", PROGRAMS + "/" + id + "/close", otherAdmin, null), 403, "forbidden");
        assertThat(call("GET", PROGRAMS + "/" + id, token("pat", "PARTICIPANT"), null).json().path("mentoringType")
                .asString()).isEqualTo("PEER");
        assertProblem(call("GET", PROGRAMS + "/prg-unknown", adminToken, null), 404, "not-found");
    }

    @Test
    void listsProgramsPageByPage() {
        for (int i = 0; i < 3; i++) {
            call("POST", PROGRAMS, adminToken, program("CAREER"));
        }

        Response first = call("GET", PROGRAMS + "?owned=true&limit=2", adminToken, null);
        assertThat(first.json().path("items")).hasSize(2);
        String cursor = first.json().path("nextCursor").asString();
        Response second = call("GET", PROGRAMS + "?owned=true&limit=2&cursor=" + cursor, adminToken, null);
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(second.json().path("nextCursor").isMissingNode() || second.json().path("nextCursor").isNull()).isTrue();
        assertInvalid(call("GET", PROGRAMS + "?limit=500", adminToken, null), "limit");
        assertProblem(call("GET", PROGRAMS + "?cursor=%25%25", adminToken, null), 400, "validation");
    }
}
