package io.pairwise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.SkillLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The scripted history of {@link ProgramHistory} through the real broker, and every figure checked
 * against the values worked out by hand: live, after redelivered events and after a rebuild.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramHealthIT extends AnalyticsIntegrationTest {

    final ProgramHistory history = ProgramHistory.scripted();
    List<EventEnvelope> published;
    String admin;
    String analyst;

    @BeforeAll
    void publishTheHistory() {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
        published = publishAndAwait(history.steps());
        admin = token(history.owner, "PROGRAM_ADMIN");
        analyst = token("analyst-" + history.suffix, "ANALYST");
    }

    String p() {
        return "/api/v1/analytics/programs/" + history.programP;
    }

    @Test
    @Order(1)
    void aProgramsOverviewHoldsTheHandComputedFigures() {
        Response response = fetch(p() + "/overview", analyst);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode o = response.json();
        assertThat(o.path("asOf").asString()).isEqualTo("2026-03-20T12:00:00Z");
        // enrollment: e9 withdrew; waitlist e3 (completed), e4 (ended early), e6, e7, e8
        assertValue(o, "/enrollment/mentors", 6);
        assertValue(o, "/enrollment/mentees", 8);
        assertValue(o, "/enrollment/waitlist", 5);
        // matching: e1..e5 of 8 matched, after 3, 5, 7, 10, 12 days; 5 of 7 answered proposals accepted
        assertValue(o, "/matching/matchRate", 0.625);
        assertValue(o, "/matching/timeToMatchMedianDays", 7);
        assertValue(o, "/matching/timeToMatchP90Days", 12);
        assertValue(o, "/matching/proposalAcceptanceRate", 0.7143);
        // first sessions 7 (ms1), 8 (ms2), 10 (ms3) days after the match: six people
        assertValue(o, "/matching/timeToFirstSessionMedianDays", 8);
        assertValue(o, "/matching/timeToFirstSessionP90Days", 10);
        // mentorships: ms1, ms2, ms5 active; one completed and one ended early, two people each: suppressed
        assertValue(o, "/mentorships/active", 3);
        assertValue(o, "/mentorships/paused", 0);
        assertSuppressed(o, "/mentorships/completed");
        assertSuppressed(o, "/mentorships/endedEarly");
        assertSuppressed(o, "/mentorships/averageLengthDays");
        assertSuppressed(o, "/mentorships/endingReasons/GOALS_ACHIEVED");
        assertSuppressed(o, "/mentorships/endingReasons/NOT_A_FIT");
        // sessions: 6 held; 1 cancelled and 1 missed (two people each: suppressed counts, but rates over 8 people)
        assertValue(o, "/sessions/held", 6);
        assertSuppressed(o, "/sessions/cancellations");
        assertSuppressed(o, "/sessions/noShows");
        assertValue(o, "/sessions/cancellationRate", 0.125);      // 1 / (6 + 1 + 1)
        assertValue(o, "/sessions/noShowRate", 0.1429);           // 1 / (6 + 1)
        // since 02-18 12:00: ms1 held 02-27 and 03-13, ms2 03-02, ms5 none: 3 sessions / 3 active
        assertValue(o, "/sessions/heldPerActiveMentorshipPerMonth", 1);
        // within cadence: ms1 (7 days of 14); not ms2 (18 of 7) nor ms5 (33 of 14)
        assertValue(o, "/sessions/cadenceAdherence", 0.3333);
        // ratings 5, 5, 4, 2, 4, 5, 3 from e1, m1, e2, m2, e3
        assertValue(o, "/sessions/averageRating", 4);
        // g1 and g3 of g1..g3 achieved
        assertValue(o, "/sessions/goalCompletion", 0.6667);
        // mentor load: 3 mentees in current mentorships, 6 mentors with capacity 2
        assertValue(o, "/mentorLoad/averageMenteesPerMentor", 0.5);
        assertValue(o, "/mentorLoad/capacityUtilisation", 0.25);
        assertValue(o, "/mentorLoad/mentorsAtCapacity", 0);
        // ms4 (Sales-Engineering) and ms5 (Sales-Finance) cross departments: 4 people, but 2 of 5 over 10 people
        assertSuppressed(o, "/connections/crossDepartment");
        assertValue(o, "/connections/crossDepartmentShare", 0.4);
        assertValue(o, "/notifications/delivered", 5);
        assertSuppressed(o, "/notifications/failed");
        // funnel of the 8 enrolled mentees: e1..e7 proposed, e1..e5 matched, e1..e3 met (3: suppressed), e3 completed
        assertThat(o.path("funnel").findValuesAsString("stage"))
                .containsExactly("ENROLLED", "PROPOSED", "MATCHED", "FIRST_SESSION_HELD", "COMPLETED");
        assertValue(o.path("funnel").get(0), "/mentees", 8);
        assertValue(o.path("funnel").get(1), "/mentees", 7);
        assertValue(o.path("funnel").get(2), "/mentees", 5);
        assertSuppressed(o.path("funnel").get(3), "/mentees");
        assertSuppressed(o.path("funnel").get(4), "/mentees");
        // ms1, ms2, ms5, ms8: eight people
        assertValue(o, "/atRisk", 4);
    }

    @Test
    @Order(2)
    void weeklyFiguresAreBucketedByIsoWeekOfTheBusinessTime() {
        Response response = fetch(p() + "/time-series?from=2026-02-02&to=2026-03-20", admin);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode weeks = response.json();
        assertThat(weeks.findValuesAsString("week"))
                .containsExactly("2026-W06", "2026-W07", "2026-W08", "2026-W09", "2026-W10", "2026-W11", "2026-W12");
        JsonNode w06 = weeks.get(0);
        assertThat(w06.path("weekStart").asString()).isEqualTo("2026-02-02");
        assertValue(w06, "/mentorsEnrolled", 6);
        assertValue(w06, "/menteesEnrolled", 7);          // e1..e6 and e9, who withdrew later
        assertValue(w06, "/proposals", 3);                // ms1..ms3 on 02-05
        assertSuppressed(w06, "/matches");                // ms1 (02-06), ms2 (Sun 02-08): four people
        JsonNode w07 = weeks.get(1);
        assertSuppressed(w07, "/menteesEnrolled");        // e7, e8
        assertValue(w07, "/proposals", 3);                // ms4..ms6 on 02-12
        assertValue(w07, "/matches", 3);                  // ms3, ms4, ms5 (Sun 02-15)
        assertSuppressed(w07, "/sessionsHeld");           // s1a
        JsonNode w08 = weeks.get(2);
        assertSuppressed(w08, "/sessionsHeld");           // s2a, s3a: four people
        assertSuppressed(w08, "/averageRating");          // three raters
        JsonNode w12 = weeks.get(6);
        assertValue(w12, "/matches", 0);
        assertValue(w12, "/sessionsHeld", 0);
        assertSuppressed(w12, "/averageRating");

        Response defaultRange = fetch(p() + "/time-series", admin);
        assertThat(defaultRange.json().size()).isEqualTo(12);
        assertThat(defaultRange.json().get(11).path("week").asString()).isEqualTo("2026-W12");
    }

    @Test
    @Order(3)
    void skillSupplyAndDemandShowTheGapsToRecruitFor() {
        JsonNode skills = fetch(p() + "/skills", analyst).json();
        assertThat(skills.findValuesAsString("skill")).containsExactly("Kubernetes", "Go");
        JsonNode kubernetes = skills.get(0);
        assertValue(kubernetes, "/mentors", 6);
        assertValue(kubernetes, "/mentees", 8);
        assertValue(kubernetes, "/waitlistedMentees", 5);
        assertValue(kubernetes, "/gap", 2);
        JsonNode go = skills.get(1);                      // offered by m1, m2; wanted by e1..e3
        assertSuppressed(go, "/mentors");
        assertSuppressed(go, "/mentees");
        assertSuppressed(go, "/gap");
    }

    @Test
    @Order(4)
    void theAtRiskListGivesEachMentorshipsReasonsToItsOwnersOnly() {
        Response response = fetch(p() + "/at-risk", admin);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list.findValuesAsString("mentorshipId"))
                .containsExactly(history.id("ms1"), history.id("ms5"), history.id("ms2"), history.id("ms8"));
        assertThat(reasons(list.get(0))).containsExactly("FALLING_RATINGS");
        assertThat(list.get(0).at("/reasons/0/detail").asString()).isEqualTo("the last 3 ratings average 3.7, down from 5");
        assertThat(reasons(list.get(1))).containsExactly("NO_RECENT_SESSION", "NO_FIRST_SESSION");
        assertThat(list.get(1).at("/reasons/0/detail").asString())
                .isEqualTo("no session for 33 days; the cadence of 14 days allows 21");
        assertThat(list.get(1).at("/reasons/1/detail").asString())
                .isEqualTo("matched 33 days ago, no session held yet (expected within 14 days)");
        assertThat(reasons(list.get(2))).containsExactly("NO_RECENT_SESSION");
        assertThat(list.get(2).at("/reasons/0/detail").asString())
                .isEqualTo("no session for 18 days; the cadence of 7 days allows 10.5");
        assertThat(list.get(3).path("subject").asString()).isEqualTo("PROPOSAL");
        assertThat(reasons(list.get(3))).containsExactly("REQUEST_UNANSWERED");
        assertThat(list.get(3).path("menteeIds").get(0).asString()).isEqualTo(history.id("e7"));

        Response csv = csv(p() + "/at-risk", admin);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(6);     // header and one row per reason
        assertThat(lines[0]).isEqualTo("mentorshipId,subject,mentorIds,menteeIds,reason,since,detail");

        assertProblem(fetch(p() + "/at-risk", analyst), 403, "forbidden");
        assertProblem(fetch(p() + "/at-risk", token("someone-else", "PROGRAM_ADMIN")), 403, "forbidden");
        assertProblem(fetch(p() + "/overview", token(history.id("e1"), "PARTICIPANT")), 403, "forbidden");
        assertProblem(fetch(p() + "/overview", null), 401, "unauthenticated");
    }

    @Test
    @Order(5)
    void atRiskRulesAreSetPerProgramByItsOwners() {
        assertThat(fetch(p() + "/at-risk-rules", analyst).json().path("cadenceGraceFactor").asDouble()).isEqualTo(1.5);
        String relaxed = """
                {"noRecentSession": false, "cadenceGraceFactor": 2.0, "fallingRatings": true, "ratingWindow": 3,
                 "ratingDrop": 1.0, "unansweredRequests": true, "unansweredDays": 20, "firstSessionOverdue": false,
                 "firstSessionDays": 14}""";
        assertProblem(call("PUT", p() + "/at-risk-rules", analyst, relaxed, "application/json"), 403, "forbidden");
        Response put = call("PUT", p() + "/at-risk-rules", admin, relaxed, "application/json");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode list = fetch(p() + "/at-risk", admin).json();
        assertThat(list.findValuesAsString("mentorshipId")).containsExactly(history.id("ms1"));
        assertSuppressed(fetch(p() + "/overview", admin).json(), "/atRisk");   // one pair left: two people
        // the other program keeps the defaults
        assertThat(fetch("/api/v1/analytics/programs/" + history.programQ + "/at-risk-rules", admin).json()
                .path("unansweredDays").asInt()).isEqualTo(3);

        String defaults = """
                {"noRecentSession": true, "cadenceGraceFactor": 1.5, "fallingRatings": true, "ratingWindow": 3,
                 "ratingDrop": 1.0, "unansweredRequests": true, "unansweredDays": 3, "firstSessionOverdue": true,
                 "firstSessionDays": 14}""";
        assertThat(call("PUT", p() + "/at-risk-rules", admin, defaults, "application/json").status()).isEqualTo(200);
        assertThat(fetch(p() + "/at-risk", admin).json().size()).isEqualTo(4);
    }

    @Test
    @Order(6)
    void badInputGetsAProblemAndChangesNothing() {
        Response backwards = fetch(p() + "/time-series?from=2026-03-01&to=2026-02-01", analyst);
        assertProblem(backwards, 400, "validation");
        assertThat(backwards.json().at("/errors/0/field").asString()).isEqualTo("to");
        Response tooLong = fetch(p() + "/time-series?from=2020-01-01&to=2026-02-01", analyst);
        assertProblem(tooLong, 400, "validation");
        assertThat(tooLong.json().at("/errors/0/field").asString()).isEqualTo("from");
        Response notADate = fetch(p() + "/time-series?from=yesterday", analyst);
        assertProblem(notADate, 400, "validation");
        assertThat(notADate.json().at("/errors/0/field").asString()).isEqualTo("from");

        Response invalidRules = call("PUT", p() + "/at-risk-rules", admin, """
                {"noRecentSession": true, "cadenceGraceFactor": 0.5, "fallingRatings": true, "ratingWindow": 0,
                 "ratingDrop": 1.0, "unansweredRequests": true, "unansweredDays": 3, "firstSessionOverdue": true}""",
                "application/json");
        assertProblem(invalidRules, 400, "validation");
        assertThat(invalidRules.json().path("errors").findValuesAsString("field"))
                .containsExactly("cadenceGraceFactor", "firstSessionDays", "ratingWindow");
        assertThat(fetch(p() + "/at-risk-rules", admin).json().path("cadenceGraceFactor").asDouble()).isEqualTo(1.5);

        assertProblem(fetch("/api/v1/analytics/programs/no-such-program/overview", analyst), 404, "not-found");
        assertProblem(fetch("/api/v1/analytics/programs/no-such-program/at-risk", admin), 404, "not-found");
    }

    @Test
    @Order(7)
    void aProgramOfFewerThanFivePeopleShowsNoFigureAboutThem() {
        JsonNode q = fetch("/api/v1/analytics/programs/" + history.programQ + "/overview", analyst).json();
        assertSuppressed(q, "/enrollment/mentors");          // qm1, qm2
        assertSuppressed(q, "/enrollment/mentees");          // qe1..qe3
        assertSuppressed(q, "/enrollment/waitlist");
        assertSuppressed(q, "/matching/matchRate");
        assertSuppressed(q, "/matching/timeToMatchMedianDays");
        assertSuppressed(q, "/mentorships/active");
        assertSuppressed(q, "/mentorLoad/averageMenteesPerMentor");
        assertValue(q, "/sessions/held", 0);                 // a count of nobody says nothing about anyone
        assertThat(q.toString()).doesNotContain(history.id("qe1"));

        JsonNode programs = fetch("/api/v1/analytics/programs", analyst).json();
        JsonNode rowQ = find(programs, history.programQ);
        assertSuppressed(rowQ, "/mentees");
        JsonNode rowP = find(programs, history.programP);
        assertThat(rowP.path("name").asString()).isEqualTo("Program P " + history.suffix);
        assertValue(rowP, "/mentees", 8);
        assertValue(rowP, "/matchRate", 0.625);

        Response csv = csv("/api/v1/analytics/programs", analyst);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains(history.programP + ",Program P " + history.suffix + ",CAREER,false,6,8,3,0.625,4")
                .contains(history.programQ + ",Program Q " + history.suffix + ",CAREER,false,suppressed,suppressed,suppressed,suppressed,suppressed");
        assertThat(csv(p() + "/time-series?from=2026-02-02&to=2026-02-08", analyst).body()).isEqualTo(
                "week,weekStart,mentorsEnrolled,menteesEnrolled,proposals,matches,sessionsHeld,cancellations,noShows,"
                        + "endings,averageRating,goalsAchieved\r\n"
                        + "2026-W06,2026-02-02,6,7,3,suppressed,0,0,0,0,suppressed,0\r\n");
        assertThat(csv(p() + "/skills", analyst).body()).isEqualTo(
                "skill,mentors,mentees,waitlistedMentees,gap\r\nKubernetes,6,8,5,2\r\n"
                        + "Go,suppressed,suppressed,suppressed,suppressed\r\n");
    }

    @Test
    @Order(8)
    void theCompanyOverviewAddsEveryProgramUp() {
        JsonNode company = fetch("/api/v1/analytics/overview", analyst).json();
        // other test classes may share the broker: at least P's and Q's people are in it
        assertThat(company.at("/enrollment/mentors/value").asDouble()).isGreaterThanOrEqualTo(8);
        assertThat(company.at("/enrollment/mentees/value").asDouble()).isGreaterThanOrEqualTo(11);
        assertThat(company.path("programId").isNull() || company.path("programId").isMissingNode()).isTrue();
        assertThat(fetch("/api/v1/analytics/skills", analyst).json().findValuesAsString("skill")).contains("Kubernetes");
    }

    @Test
    @Order(9)
    void headlineFiguresAreGaugesForPrometheus() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(call("GET", "/actuator/prometheus", null, null, "text/plain").body())
                .contains("pairwise_program_match_rate{application=\"analytics-service\",program=\"" + history.programP + "\"} 0.625")
                .contains("pairwise_program_mentorships_active{application=\"analytics-service\",program=\"" + history.programP + "\"} 3.0")
                .doesNotContain("pairwise_program_match_rate{application=\"analytics-service\",program=\"" + history.programQ + "\"}"));
    }

    @Test
    @Order(90)
    void redeliveredEventsAreNotCountedTwice() {
        String before = figures();
        double duplicates = consumed("duplicate");
        publishAll(published);                       // the same ids, as a consumer restart would redeliver them
        awaitConsumed("duplicate", duplicates + published.size());
        assertThat(figures()).isEqualTo(before);

        // the same facts under new ids, as if the kit had crashed before marking them processed
        List<EventEnvelope> again = new ArrayList<>();
        for (EventEnvelope envelope : published) {
            again.add(envelope(envelope.data(), envelope.time()));
        }
        publishAll(again);
        awaitProcessed(again);
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    @Order(100)
    void aRebuildFromOffsetZeroSwapsInTheSameFigures() {
        String before = figures();
        assertProblem(call("POST", "/api/v1/analytics/rebuilds", analyst, null, "application/json"), 403, "forbidden");
        Response started = call("POST", "/api/v1/analytics/rebuilds", token("ops", "OPERATOR"), null, "application/json");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(started.json().path("eventsTotal").asLong()).isGreaterThanOrEqualTo(2L * published.size());

        // live consumption goes on meanwhile: a new program R with five mentees
        String programR = "prg-r-" + history.suffix;
        List<ProgramHistory.Step> live = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            live.add(new ProgramHistory.Step(new MenteeRegistered(history.id("r" + i), programR,
                    ProgramHistory.profile(history.id("r" + i), "Legal", List.<SkillLevel>of(), List.of("Negotiation"), null),
                    ProgramHistory.NOW), ProgramHistory.NOW));
        }
        List<EventEnvelope> liveEvents = publishAndAwait(live);

        String operator = token("ops", "OPERATOR");
        await().atMost(Duration.ofSeconds(120)).until(() -> !"RUNNING".equals(fetch(location, operator).json().path("status").asString()));
        JsonNode done = fetch(location, operator).json();
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.path("eventsRead").asLong()).isEqualTo(done.path("eventsTotal").asLong());
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(fetch("/api/v1/analytics/rebuilds", operator).json().findValuesAsString("id"))
                .contains(started.json().path("id").asString());

        assertThat(figures()).isEqualTo(before);
        JsonNode skills = fetch("/api/v1/analytics/skills", analyst).json();
        JsonNode negotiation = find(skills, "Negotiation", "skill");
        assertThat(negotiation.at("/mentees/value").asDouble()).isGreaterThanOrEqualTo(5);
        assertThat(liveEvents).hasSize(5);
    }

    /** Everything program P shows, as one string: equal strings mean equal figures. */
    private String figures() {
        return fetch(p() + "/overview", admin).body() + fetch(p() + "/time-series?from=2026-02-02&to=2026-03-20", admin).body()
                + fetch(p() + "/skills", admin).body() + fetch(p() + "/at-risk", admin).body()
                + fetch("/api/v1/analytics/programs/" + history.programQ + "/overview", admin).body();
    }

    private static List<String> reasons(JsonNode item) {
        return item.path("reasons").findValuesAsString("code");
    }

    private static JsonNode find(JsonNode array, String programId) {
        return find(array, programId, "programId");
    }

    private static JsonNode find(JsonNode array, String value, String field) {
        for (JsonNode node : array) {
            if (node.path(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    static void assertValue(JsonNode node, String path, double expected) {
        JsonNode figure = node.at(path);
        assertThat(figure.path("suppressed").asBoolean()).as(path + " suppressed in " + figure).isFalse();
        assertThat(figure.path("value").asDouble()).as(path).isEqualTo(expected);
    }

    static void assertSuppressed(JsonNode node, String path) {
        JsonNode figure = node.at(path);
        assertThat(figure.path("suppressed").asBoolean()).as(path + " in " + figure).isTrue();
        assertThat(figure.path("value").isNull()).as(path + " value").isTrue();
    }
}
