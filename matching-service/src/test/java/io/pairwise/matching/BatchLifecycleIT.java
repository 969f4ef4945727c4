package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.testsupport.PublishedEvents.Published;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An admin-batch career program from enrollment events to published pairs, then one mentorship through
 * pause, resume, an early end with reflections and a rematch that respects the history.
 */
class BatchLifecycleIT extends MatchingServiceIntegrationTest {

    @Test
    void programFromEnrollmentToPublishedPairsEndedRelationshipAndRematch() {
        String programId = createProgram(MentoringType.CAREER, MatchingMode.ADMIN_BATCH, null);
        String k8s = id("mentor-k8s");
        String nego = id("mentor-nego");
        String ana = id("mentee-ana");
        String ben = id("mentee-ben");
        String cy = id("mentee-cy");
        String negoEmployee = "E-" + nego;
        enrollMentor(programId, k8s, mentorProfile("E-" + k8s, "Kubernetes", 5), 1);
        enrollMentor(programId, nego, mentorProfile(negoEmployee, "Negotiation", 5), 2);
        enrollMentee(programId, ana, menteeProfile("E-" + ana, "Kubernetes"));
        enrollMentee(programId, ben, menteeProfile("E-" + ben, "Negotiation"));
        // cy reports to the negotiation mentor: the reporting chain (by employee id) rules that pair out
        enrollMentee(programId, cy, menteeProfile("E-" + cy, "Kubernetes", negoEmployee));

        JsonNode job = runBatch(programId);
        String batchId = job.path("id").asString();
        assertThat(job.path("progress").path("phase").asString()).isEqualTo("DONE");
        JsonNode pairs = draftPairs(batchId);
        Map<String, String> mentorOf = new HashMap<>();
        pairs.forEach(pair -> {
            mentorOf.put(pair.path("menteeId").asString(), pair.path("mentorId").asString());
            assertThat(pair.path("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(pair.path("reasons").size()).isBetween(2, 3);
            assertThat(pair.path("contributions").has("SKILL_FIT")).isTrue();
            if (pair.path("menteeId").asString().equals(ben)) {
                assertThat(pair.path("contributions").path("SKILL_FIT").asDouble()).as("shares ben's goal").isPositive();
                assertThat(pair.path("reasons").findValuesAsString("code")).contains("shared-goal");
            }
        });
        assertThat(mentorOf.get(cy)).as("never with their skip-level").isNotEqualTo(nego);
        assertThat(mentorOf).containsEntry(ben, nego);
        assertThat(mentorOf.size() + job.path("unmatched").size()).as("every mentee placed or explained")
                .isGreaterThanOrEqualTo(3);
        job.path("unmatched").forEach(u -> assertThat(u.path("reason").asString())
                .isIn("NO_ELIGIBLE_PARTNER", "CAPACITY_EXHAUSTED", "LOWER_TOTAL_FIT"));

        // edits: a pair breaking the reporting chain is refused, unknown people are bad input, nothing changes
        String edits = "/api/v1/matching/batches/" + batchId + "/edits";
        Response chain = admin("POST", edits, Map.of("action", mentorOf.containsKey(cy) ? "MOVE" : "ADD",
                "menteeId", cy, "mentorId", nego));
        assertProblem(chain, 409, "conflict");
        assertThat(chain.json().path("detail").asString()).contains("REPORTING_CHAIN");
        Response unknown = admin("POST", edits, Map.of("action", "ADD", "menteeId", "nobody", "mentorId", nego));
        assertProblem(unknown, 400, "validation");
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("menteeId");
        Response missing = admin("POST", edits, Map.of("menteeId", ben));
        assertProblem(missing, 400, "validation");
        assertThat(missing.json().path("errors").findValuesAsString("field")).contains("action");
        assertThat(draftPairs(batchId).size()).isEqualTo(pairs.size());

        // remove ben's pair and add it back: the unmatched list follows, the pair is marked edited
        JsonNode removed = ok(admin("POST", edits, Map.of("action", "REMOVE", "menteeId", ben)), 200).json();
        assertThat(removed.path("unmatched").findValuesAsString("participantId")).contains(ben);
        JsonNode added = ok(admin("POST", edits, Map.of("action", "ADD", "menteeId", ben, "mentorId", nego)), 200).json();
        assertThat(added.path("unmatched").findValuesAsString("participantId")).doesNotContain(ben);

        // a participant can neither see nor publish the batch
        assertProblem(get("/api/v1/matching/batches/" + batchId, ben), 403, "forbidden");

        JsonNode published = ok(admin("POST", "/api/v1/matching/batches/" + batchId + "/publish", null), 200).json();
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.path("published").asInt()).isEqualTo(mentorOf.size());
        String mentorship = batchId + "-" + ben;
        Published matched = awaitEvents(mentorship, "pair-matched", 1).getFirst();
        assertThat(matched.data().path("mentors").get(0).path("participantId").asText()).isEqualTo(nego);
        assertThat(matched.data().path("mentees").get(0).path("displayName").asText()).isEqualTo("Person E-" + ben);
        for (String mentee : mentorOf.keySet()) {
            awaitEvents(batchId + "-" + mentee, "pair-matched", 1);
        }

        // the lifecycle: pause, resume, an early end with a reflection from each side
        String path = "/api/v1/matching/mentorships/" + mentorship;
        assertThat(ok(get(path, ben), 200).json().path("status").asString()).isEqualTo("ACTIVE");
        assertProblem(get(path, ana), 404, "not-found");
        ok(post(path + "/pause", ben, Map.of("reason", "WORKLOAD")), 200);
        assertProblem(post(path + "/pause", ben, Map.of("reason", "WORKLOAD")), 409, "conflict");
        assertThat(awaitEvents(mentorship, "mentorship-paused", 1).getFirst().data().path("reason").asText())
                .isEqualTo("WORKLOAD");
        ok(post(path + "/resume", nego, null), 200);
        awaitEvents(mentorship, "mentorship-resumed", 1);
        assertProblem(post(path + "/end", ben, Map.of("reason", "BAD_REASON")), 400, "malformed-request");
        JsonNode ended = ok(post(path + "/end", ben, Map.of("reason", "NOT_A_FIT",
                "reflection", "We never found a rhythm")), 200).json();
        assertThat(ended.path("status").asString()).isEqualTo("ENDED_EARLY");
        ok(post(path + "/reflection", nego, Map.of("text", "Different expectations")), 200);
        assertProblem(post(path + "/reflection", nego, Map.of("text", "again")), 409, "conflict");
        assertThat(ok(get(path, nego), 200).json().path("reflections").findValuesAsString("text"))
                .containsExactly("Different expectations");
        Published endEvent = awaitEvents(mentorship, "relationship-ended", 1).getFirst();
        assertThat(endEvent.data().path("outcome").asText()).isEqualTo("ENDED_EARLY");
        assertThat(endEvent.data().path("reasonCode").asText()).isEqualTo("NOT_A_FIT");
        assertThat(endEvent.data().toString()).doesNotContain("rhythm").doesNotContain("expectations");

        // rematch: nego has a free place again, but ended early with ben as not a fit; a new mentor joins
        assertProblem(post("/api/v1/matching/programs/" + programId + "/rematches", ben, Map.of("menteeId", ben)),
                409, "conflict");
        String dana = id("mentor-dana");
        enrollMentor(programId, dana, mentorProfile("E-" + dana, "Negotiation", 4), 1);
        JsonNode proposal = ok(post("/api/v1/matching/programs/" + programId + "/rematches", ben,
                Map.of("menteeId", ben)), 201).json();
        assertThat(strings(proposal.path("mentorIds"))).containsExactly(dana);
        assertThat(strings(proposal.path("awaitingParticipantIds"))).containsExactlyInAnyOrder(dana, ben);
        String next = proposal.path("id").asString();
        assertThat(awaitEvents(next, "match-proposed", 1).getFirst().data().path("origin").asText()).isEqualTo("AUTOMATIC");
        ok(post("/api/v1/matching/mentorships/" + next + "/accept", ben, null), 200);
        assertProblem(post("/api/v1/matching/mentorships/" + next + "/accept", ben, null), 409, "conflict");
        JsonNode active = ok(post("/api/v1/matching/mentorships/" + next + "/accept", dana, null), 200).json();
        assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(awaitEvents(next, "match-accepted", 2)).hasSize(2);
        awaitEvents(next, "pair-matched", 1);
        assertThat(List.of(ok(get("/api/v1/matching/mentorships", ben), 200).json().findValuesAsString("status")))
                .isNotEmpty();
    }
}
