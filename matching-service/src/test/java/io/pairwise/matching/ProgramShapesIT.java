package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.SkillLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Mutual programs pair people among themselves; group programs form cohorts around a mentor. */
class ProgramShapesIT extends MatchingServiceIntegrationTest {

    @Test
    void mutualProgramPairsPeopleWhoTeachEachOtherOnceEach() {
        String programId = createProgram(MentoringType.MUTUAL, MatchingMode.ADMIN_BATCH, null);
        String rustToGo = id("peer-a");
        String goToRust = id("peer-b");
        String sqlToUx = id("peer-c");
        String uxToSql = id("peer-d");
        String alone = id("peer-e");
        enrollMentee(programId, rustToGo, peer(rustToGo, "Rust", "Go"));
        enrollMentee(programId, goToRust, peer(goToRust, "Go", "Rust"));
        enrollMentee(programId, sqlToUx, peer(sqlToUx, "SQL", "UX research"));
        enrollMentor(programId, uxToSql, peer(uxToSql, "UX research", "SQL"), 1);
        enrollMentee(programId, alone, peer(alone, "Cobol", "Haskell"));

        JsonNode job = runBatch(programId);
        String batchId = job.path("id").asString();
        JsonNode pairs = draftPairs(batchId);
        assertThat(pairs).hasSize(2);
        Set<String> seen = new HashSet<>();
        pairs.forEach(pair -> {
            assertThat(seen.add(pair.path("menteeId").asString())).isTrue();
            assertThat(seen.add(pair.path("mentorId").asString())).isTrue();
        });
        assertThat(Set.of(Set.of(pairs.get(0).path("menteeId").asString(), pairs.get(0).path("mentorId").asString()),
                Set.of(pairs.get(1).path("menteeId").asString(), pairs.get(1).path("mentorId").asString())))
                .containsExactlyInAnyOrder(Set.of(rustToGo, goToRust), Set.of(sqlToUx, uxToSql));
        assertThat(job.path("unmatched").get(0).path("participantId").asString()).isEqualTo(alone);
        assertThat(job.path("unmatched").get(0).path("reason").asString()).isEqualTo("NO_ELIGIBLE_PARTNER");
        // nobody teaches the loner anything: adding them is refused
        assertProblem(admin("POST", "/api/v1/matching/batches/" + batchId + "/edits",
                Map.of("action", "ADD", "menteeId", alone, "mentorId", rustToGo)), 409, "conflict");

        ok(admin("POST", "/api/v1/matching/batches/" + batchId + "/publish", null), 200);
        for (JsonNode pair : pairs) {
            var matched = awaitEvents(batchId + "-" + pair.path("menteeId").asString(), "pair-matched", 1).getFirst();
            assertThat(matched.data().path("mentors")).hasSize(1);
            assertThat(matched.data().path("mentees")).hasSize(1);
        }
    }

    @Test
    void groupProgramPublishesCohortsAsGroupFormed() {
        String programId = createProgram(MentoringType.GROUP, MatchingMode.ADMIN_BATCH, 2);
        String lead = id("lead");
        enrollMentor(programId, lead, mentorProfile("E-" + lead, "Public speaking", 5), 5);
        List<String> members = List.of(id("member"), id("member"), id("member"));
        for (String member : members) {
            enrollMentee(programId, member, menteeProfile("E-" + member, "Public speaking"));
        }
        JsonNode job = runBatch(programId);
        String batchId = job.path("id").asString();
        assertThat(draftPairs(batchId)).as("a cohort is the group size").hasSize(2);
        assertThat(job.path("unmatched").get(0).path("reason").asString()).isEqualTo("CAPACITY_EXHAUSTED");
        ok(admin("POST", "/api/v1/matching/batches/" + batchId + "/publish", null), 200);
        var formed = awaitEvents(batchId + "-" + lead, "group-formed", 1).getFirst().data();
        assertThat(formed.path("mentees")).hasSize(2);
        assertThat(formed.path("sharedGoals").get(0).asText()).isEqualTo("Public speaking");
        assertThat(formed.path("cadenceDays").asInt()).isEqualTo(14);
    }

    private static io.pairwise.contracts.profile.ParticipantSnapshot peer(String id, String knows, String wants) {
        return person("E-" + id, CareerStage.MID, 6, List.of(new SkillLevel(knows, 4)), List.of(wants), List.of());
    }
}
