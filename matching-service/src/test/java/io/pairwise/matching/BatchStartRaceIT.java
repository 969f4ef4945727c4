package io.pairwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.matching.domain.lifecycle.BatchJob;
import io.pairwise.matching.domain.lifecycle.BatchJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admins (or instances) starting a batch of one program at the same instant, on the real store: exactly one
 * job runs; the program is free again once that job ends, however it ends.
 */
class BatchStartRaceIT extends MatchingServiceIntegrationTest {

    private static final int RACERS = 6;

    @Autowired
    BatchJobs jobs;

    @Test
    void onlyOneOfRacingStartsRunsAndTheProgramIsFreedWhenItEnds() throws Exception {
        String programId = id("prg");
        String otherProgram = id("prg");
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                BatchJob job = running(programId);
                answers.add(threads.submit(() -> {
                    start.await();
                    return jobs.insertIfNoneRunning(job);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> answer : answers) {
                won += answer.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        // Another program is not held up by this one.
        BatchJob other = running(otherProgram);
        assertThat(jobs.insertIfNoneRunning(other)).isTrue();

        // A failed run frees its program ...
        BatchJob second = running(otherProgram);
        assertThat(jobs.insertIfNoneRunning(second)).isFalse();
        jobs.fail(other.id(), "test", Instant.now());
        assertThat(jobs.insertIfNoneRunning(second)).isTrue();
        // ... and so does a run whose instance stopped beating.
        assertThat(jobs.failStale(Instant.now().plus(Duration.ofMinutes(1)), Instant.now())).isGreaterThanOrEqualTo(2);
        assertThat(jobs.find(second.id()).orElseThrow().status()).isEqualTo(BatchJob.Status.FAILED);
        assertThat(jobs.insertIfNoneRunning(running(otherProgram))).isTrue();
        assertThat(jobs.insertIfNoneRunning(running(programId))).isTrue();
    }

    private static BatchJob running(String programId) {
        return BatchJob.started(id("bat"), programId, MatchingObjective.BEST_TOTAL_FIT, "ada", Instant.now());
    }
}
