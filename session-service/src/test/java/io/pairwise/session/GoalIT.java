package io.pairwise.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.PublishedEvents.Published;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Goals and milestones: set, progress, achieve, and the events that carry the skill but not the wording. */
class GoalIT extends SessionServiceIntegrationTest {

    @Test
    void aGoalIsSetProgressedByItsMilestonesAndAchieved() {
        Pair pair = newPair();
        String goals = goalsOf(pair);
        LocalDate target = LocalDate.now().plusMonths(3);
        Response set = post(goals, pair.mentee(), Map.of("title", "Run the quarterly planning for my team",
                "skill", "Stakeholder management", "targetDate", target.toString(),
                "milestones", List.of("Shadow one planning round", "Facilitate a planning round")));
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        JsonNode goal = set.json();
        String goalId = goal.path("id").asString();
        assertThat(goal.path("status").asString()).isEqualTo("OPEN");
        assertThat(goal.path("progressPercent").asInt()).isZero();

        Published goalSet = awaitEvents(pair.mentorshipId(), "goal-set.v1", 1).getFirst();
        assertThat(goalSet.data().path("goalId").asText()).isEqualTo(goalId);
        assertThat(goalSet.data().path("skill").asText()).isEqualTo("Stakeholder management");
        assertThat(goalSet.data().path("targetDate").asText()).isEqualTo(target.toString());
        assertThat(goalSet.data().path("setBy").asText()).isEqualTo(pair.mentee());
        assertThat(goalSet.data().toString()).doesNotContain("quarterly planning");

        String firstMilestone = goal.path("milestones").get(0).path("id").asString();
        JsonNode half = post(goals + "/" + goalId + "/progress", pair.mentor(),
                Map.of("completedMilestoneIds", List.of(firstMilestone))).json();
        assertThat(half.path("progressPercent").asInt()).isEqualTo(50);
        JsonNode third = post(goals + "/" + goalId + "/milestones", pair.mentee(), Map.of("title", "Write the retro")).json();
        assertThat(third.path("milestones").size()).isEqualTo(3);
        assertThat(third.path("progressPercent").asInt()).isEqualTo(33);
        assertThat(post(goals + "/" + goalId + "/progress", pair.mentee(), Map.of("progressPercent", 80)).json()
                .path("progressPercent").asInt()).isEqualTo(80);

        JsonNode achieved = post(goals + "/" + goalId + "/achieve", pair.mentee(), null).json();
        assertThat(achieved.path("status").asString()).isEqualTo("ACHIEVED");
        assertThat(achieved.path("progressPercent").asInt()).isEqualTo(100);
        Published goalAchieved = awaitEvents(pair.mentorshipId(), "goal-achieved.v1", 1).getFirst();
        assertThat(Instant.parse(goalAchieved.data().path("setAt").asText()))
                .isEqualTo(Instant.parse(goal.path("setAt").asString()));
        assertThat(goalAchieved.data().path("skill").asText()).isEqualTo("Stakeholder management");

        assertProblem(post(goals + "/" + goalId + "/achieve", pair.mentor(), null), 409, "conflict");
        assertProblem(post(goals + "/" + goalId + "/progress", pair.mentor(), Map.of("progressPercent", 10)), 409,
                "conflict");
        JsonNode listed = get(goals, pair.mentor()).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("status").asString()).isEqualTo("ACHIEVED");
    }

    @Test
    void aGoalWithoutSkillOrTargetIsAnnouncedWithoutThem() {
        Pair pair = newPair();
        assertThat(post(goalsOf(pair), pair.mentor(), Map.of("title", "Find a better work rhythm")).status()).isEqualTo(201);
        Published goalSet = awaitEvents(pair.mentorshipId(), "goal-set.v1", 1).getFirst();
        assertThat(goalSet.data().has("skill")).isFalse();
        assertThat(goalSet.data().has("targetDate")).isFalse();
    }

    @Test
    void invalidProgressIsAProblemAndOthersSeeNoGoals() {
        Pair pair = newPair();
        String goals = goalsOf(pair);
        assertProblem(post(goals, pair.mentee(), Map.of("title", " ")), 400, "validation");
        String goalId = post(goals, pair.mentee(), Map.of("title", "Speak up in meetings")).json().path("id").asString();
        Response tooMuch = post(goals + "/" + goalId + "/progress", pair.mentee(), Map.of("progressPercent", 120));
        assertProblem(tooMuch, 400, "validation");
        assertThat(tooMuch.json().path("errors").findValuesAsString("field")).containsExactly("progressPercent");
        assertProblem(post(goals + "/" + goalId + "/progress", pair.mentee(), Map.of()), 400, "validation");
        assertProblem(post(goals + "/" + goalId + "/progress", pair.mentee(),
                Map.of("completedMilestoneIds", List.of("no-such-milestone"))), 400, "validation");
        assertProblem(post(goals + "/no-such-goal/achieve", pair.mentee(), null), 404, "not-found");
        assertThat(get(goals + "/" + goalId, pair.mentee()).json().path("progressPercent").asInt()).isZero();

        String outsider = id("outsider");
        assertProblem(get(goals, outsider), 404, "not-found");
        assertProblem(get(goals + "/" + goalId, outsider), 404, "not-found");
        assertProblem(post(goals + "/" + goalId + "/achieve", outsider, null), 404, "not-found");
    }

    private static String goalsOf(Pair pair) {
        return "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/goals";
    }
}
