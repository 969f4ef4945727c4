package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.matching.domain.lifecycle.CapacityLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acceptances racing for a mentor's last places, through the API on the real store: each round a mentor
 * with two places gets eight requests and accepts all of them at the same moment from eight threads.
 * Exactly two win; the others get a 409 problem and change nothing.
 */
class CapacityRaceIT extends MatchingServiceIntegrationTest {

    private static final int CAPACITY = 2;
    private static final int RACERS = 8;
    private static final int ROUNDS = 5;

    @Autowired
    CapacityLedger ledger;

    @Test
    void racingAcceptancesNeverOverfillAMentor() throws Exception {
        String programId = createProgram(MentoringType.CAREER, MatchingMode.MENTEE_CHOICE, null);
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String mentor = id("mentor");
                enrollMentor(programId, mentor, mentorProfile("E-" + mentor, "Go", 5), CAPACITY);
                List<String> requests = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    String mentee = id("mentee");
                    enrollMentee(programId, mentee, menteeProfile("E-" + mentee, "Go"));
                    requests.add(ok(post("/api/v1/matching/programs/" + programId + "/requests", mentee,
                            Map.of("mentorIds", List.of(mentor))), 201).json().get(0).path("id").asString());
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (String request : requests) {
                    answers.add(threads.submit(() -> {
                        start.await();
                        return post("/api/v1/matching/mentorships/" + request + "/accept", mentor, null);
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Response> answer : answers) {
                    Response response = answer.get();
                    if (response.status() == 200) {
                        won++;
                        assertThat(response.json().path("status").asString()).isEqualTo("ACTIVE");
                    } else {
                        assertProblem(response, 409, "conflict");
                    }
                }
                assertThat(won).as("round %d", round).isEqualTo(CAPACITY);
                assertThat(ledger.free(programId).get(mentor)).isZero();
                long active = requests.stream().filter(r -> get("/api/v1/matching/mentorships/" + r, mentor).json()
                        .path("status").asString().equals("ACTIVE")).count();
                assertThat(active).as("losers stay proposed").isEqualTo(CAPACITY);
            }
        } finally {
            threads.shutdownNow();
        }
        String metrics = call("GET", "/actuator/prometheus", null, null).body();
        assertThat(metrics).contains("pairwise_matching_capacity_conflicts_total")
                .contains("pairwise_matching_proposals_total{").contains("outcome=\"accepted\"");
    }
}
