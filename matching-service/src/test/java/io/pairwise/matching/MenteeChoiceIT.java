package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MentoringType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Mentee choice: ranked requests, one open at a time here (the bound is configured to 1), a deadline the
 * sweep enforces from the store, and the move to the next choice.
 */
class MenteeChoiceIT extends MatchingServiceIntegrationTest {

    @Test
    void anUnansweredRequestExpiresAndMovesToTheNextChoiceWhichIsAccepted() {
        String programId = createProgram(MentoringType.CAREER, MatchingMode.MENTEE_CHOICE, null);
        String first = id("mentor-a");
        String second = id("mentor-b");
        String third = id("mentor-c");
        String mentee = id("mentee");
        enrollMentor(programId, first, mentorProfile("E-" + first, "Kubernetes", 5), 1);
        enrollMentor(programId, second, mentorProfile("E-" + second, "Kubernetes", 4), 1);
        enrollMentor(programId, third, mentorProfile("E-" + third, "Kubernetes", 3), 1);
        enrollMentee(programId, mentee, menteeProfile("E-" + mentee, "Kubernetes"));

        JsonNode suggestions = ok(get("/api/v1/matching/programs/" + programId + "/suggestions?limit=2", mentee), 200).json();
        assertThat(suggestions.path("total").asInt()).isEqualTo(3);
        assertThat(suggestions.path("items")).hasSize(2);
        assertThat(suggestions.path("items").get(0).path("mentorId").asString()).isEqualTo(first);
        assertThat(suggestions.path("items").get(0).path("reasons").get(0).path("text").asString())
                .isEqualTo("shares your goal: Kubernetes (mentor level 5)");

        JsonNode requests = ok(post("/api/v1/matching/programs/" + programId + "/requests", mentee,
                Map.of("mentorIds", List.of(first, second, third))), 201).json();
        assertThat(requests.findValuesAsString("status")).containsExactly("PROPOSED", "QUEUED", "QUEUED");
        String firstRequest = requests.get(0).path("id").asString();
        String secondRequest = requests.get(1).path("id").asString();
        String thirdRequest = requests.get(2).path("id").asString();
        var proposed = awaitEvents(firstRequest, "match-proposed", 1).getFirst().data();
        assertThat(proposed.path("origin").asText()).isEqualTo("MENTEE_REQUEST");
        assertThat(proposed.path("awaitingParticipantIds").get(0).asText()).isEqualTo(first);
        // the mentor sees the open request, not the mentee's later choices
        assertThat(ok(get("/api/v1/matching/programs/" + programId + "/requests", second), 200).json()).isEmpty();
        assertThat(ok(get("/api/v1/matching/programs/" + programId + "/requests", first), 200).json()
                .findValuesAsString("id")).containsExactly(firstRequest);
        assertProblem(get("/api/v1/matching/mentorships/" + secondRequest, second), 404, "not-found");
        assertProblem(post("/api/v1/matching/mentorships/" + secondRequest + "/accept", second, null), 404, "not-found");
        // bounded: no second list while choices wait
        assertProblem(post("/api/v1/matching/programs/" + programId + "/requests", mentee,
                Map.of("mentorIds", List.of(second))), 409, "conflict");

        clock.advance(Duration.ofHours(49)); // past the first request's deadline: the sweep expires it
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/v1/matching/mentorships/" + secondRequest, mentee).json().path("status").asString()
                        .equals("PROPOSED"));
        assertThat(awaitEvents(firstRequest, "match-expired", 1).getFirst().data().path("unansweredBy").get(0).asText())
                .isEqualTo(first);
        assertThat(ok(get("/api/v1/matching/mentorships/" + firstRequest, mentee), 200).json().path("status").asString())
                .isEqualTo("EXPIRED");
        awaitEvents(secondRequest, "match-proposed", 1);
        assertProblem(post("/api/v1/matching/mentorships/" + firstRequest + "/accept", first, null), 409, "conflict");

        JsonNode accepted = ok(post("/api/v1/matching/mentorships/" + secondRequest + "/accept", second, null), 200).json();
        assertThat(accepted.path("status").asString()).isEqualTo("ACTIVE");
        var matched = awaitEvents(secondRequest, "pair-matched", 1).getFirst().data();
        assertThat(matched.path("mentors").get(0).path("participantId").asText()).isEqualTo(second);
        assertThat(ok(get("/api/v1/matching/mentorships/" + thirdRequest, mentee), 200).json().path("status").asString())
                .as("the later choice is withdrawn once matched").isEqualTo("WITHDRAWN");
        assertThat(PUBLISHED.of(thirdRequest)).as("a choice never sent is never announced").isEmpty();
        assertProblem(get("/api/v1/matching/programs/" + programId + "/suggestions", mentee), 404, "not-found");
    }

    @Test
    void badRequestsAreProblemsWithFieldErrorsAndWriteNothing() {
        String programId = createProgram(MentoringType.CAREER, MatchingMode.MENTEE_CHOICE, null);
        String mentor = id("mentor");
        String manager = id("manager");
        String mentee = id("mentee");
        enrollMentor(programId, mentor, mentorProfile("E-" + mentor, "Rust", 5), 1);
        enrollMentor(programId, manager, mentorProfile("E-" + manager, "Rust", 5), 1);
        enrollMentee(programId, mentee, menteeProfile("E-" + mentee, "Rust", "E-" + manager));
        String requests = "/api/v1/matching/programs/" + programId + "/requests";

        Response empty = post(requests, mentee, Map.of("mentorIds", List.of()));
        assertProblem(empty, 400, "validation");
        assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("mentorIds");
        Response unknown = post(requests, mentee, Map.of("mentorIds", List.of(mentor, "nobody")));
        assertProblem(unknown, 400, "validation");
        assertThat(unknown.json().path("errors").get(0).path("rejectedValue").asString()).isEqualTo("nobody");
        Response ownManager = post(requests, mentee, Map.of("mentorIds", List.of(manager)));
        assertProblem(ownManager, 400, "validation");
        assertThat(ownManager.json().path("errors").get(0).path("message").asString()).contains("REPORTING_CHAIN");
        assertProblem(post(requests, mentee, Map.of("mentorIds", List.of(mentor, mentor))), 400, "validation");
        assertProblem(post(requests, mentee, "{\"mentorIds\": 42"), 400, "malformed-request");
        assertProblem(call("POST", requests, null, Map.of("mentorIds", List.of(mentor))), 401, "unauthenticated");
        Response badLimit = get("/api/v1/matching/programs/" + programId + "/suggestions?limit=0", mentee);
        assertProblem(badLimit, 400, "validation");
        assertThat(badLimit.json().path("errors").get(0).path("field").asString()).endsWith("limit");

        assertThat(ok(get(requests, mentee), 200).json()).as("nothing written").isEmpty();
        assertThat(ok(get("/api/v1/matching/mentorships", mentee), 200).json()).isEmpty();
        assertThat(ok(post(requests, mentee, Map.of("mentorIds", List.of(mentor))), 201).json()).hasSize(1);
    }
}
