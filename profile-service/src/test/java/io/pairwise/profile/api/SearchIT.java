package io.pairwise.profile.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.profile.ProfileIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SearchIT extends ProfileIntegrationTest {

    private static final String PARTICIPANTS = "/api/v1/profile/participants";

    @Test
    void adminsSearchTheirProgramsParticipantsByProgramRoleSkillAndDepartmentPageByPage() {
        String ownerToken = token(unique("admin"), "PROGRAM_ADMIN");
        String otherToken = token(unique("admin"), "PROGRAM_ADMIN");
        String career = openProgram(ownerToken, program("CAREER"));
        String peer = openProgram(ownerToken, program("PEER"));
        String foreign = openProgram(otherToken, program("CAREER"));
        String platform = unique("Platform");
        String payments = unique("Payments");
        String kube = person(platform, "Kubernetes", 5);
        String junior = person(platform, "Kubernetes", 2);
        String javaPeer = person(payments, "Java", 4);
        String elsewhere = person(platform, "Kubernetes", 5);
        String unenrolled = person(platform, "Kubernetes", 5);
        enroll(ownerToken, career, kube, "MENTOR");
        enroll(ownerToken, career, junior, "MENTEE");
        enroll(ownerToken, peer, javaPeer, "BOTH");
        enroll(otherToken, foreign, elsewhere, "MENTOR");

        assertThat(search(ownerToken, "")).containsExactlyInAnyOrder(kube, junior, javaPeer);
        assertThat(search(ownerToken, "programId=" + career)).containsExactlyInAnyOrder(kube, junior);
        assertThat(search(ownerToken, "role=MENTOR")).containsExactlyInAnyOrder(kube, javaPeer);
        assertThat(search(ownerToken, "programId=" + career + "&role=MENTEE")).containsExactly(junior);
        assertThat(search(ownerToken, "skill=kubernetes")).containsExactlyInAnyOrder(kube, junior);
        assertThat(search(ownerToken, "skill=KUBERNETES&minLevel=4")).containsExactly(kube);
        assertThat(search(ownerToken, "department=" + platform.toLowerCase())).containsExactlyInAnyOrder(kube, junior);
        assertThat(search(token("hr-sync", "SERVICE"), "department=" + platform))
                .containsExactlyInAnyOrder(kube, junior, elsewhere, unenrolled);

        assertProblem(call("GET", PARTICIPANTS + "?programId=" + foreign, ownerToken, null), 403, "forbidden");
        assertProblem(call("GET", PARTICIPANTS, token("pat", "PARTICIPANT"), null), 403, "forbidden");
        assertInvalid(call("GET", PARTICIPANTS + "?minLevel=6", ownerToken, null), "minLevel");
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        String ownerToken = token(unique("admin"), "PROGRAM_ADMIN");
        String career = openProgram(ownerToken, program("CAREER"));
        List<String> enrolled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = person(unique("Dept"), "Go", 3);
            enroll(ownerToken, career, id, "MENTEE");
            enrolled.add(id);
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = call("GET", PARTICIPANTS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    ownerToken, null).json();
            page.path("items").forEach(item -> seen.add(item.path("id").asString()));
            cursor = page.path("nextCursor").isString() ? page.path("nextCursor").asString() : null;
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(enrolled).doesNotHaveDuplicates().isSorted();
    }

    private String person(String department, String skill, int level) {
        Map<String, Object> profile = profile("Person " + unique("p"), department);
        profile.put("expertise", List.of(Map.of("skill", skill, "level", level)));
        return createParticipant(unique("user"), unique("E"), profile);
    }

    private void enroll(String adminToken, String programId, String participantId, String role) {
        Response enrolled = call("POST", "/api/v1/profile/programs/" + programId + "/enrollments", adminToken,
                Map.of("participantId", participantId, "role", role));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
    }

    private List<String> search(String adminToken, String query) {
        Response found = call("GET", PARTICIPANTS + "?limit=200&" + query, adminToken, null);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        found.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
