package io.pairwise.matching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pairwise.matching.domain.lifecycle.BatchJobs;
import io.pairwise.matching.domain.lifecycle.BatchService;
import io.pairwise.matching.domain.lifecycle.CapacityLedger;
import io.pairwise.matching.domain.lifecycle.MatchingMetrics;
import io.pairwise.matching.domain.lifecycle.MentorshipService;
import io.pairwise.matching.domain.lifecycle.Mentorships;
import io.pairwise.matching.domain.lifecycle.Pools;
import io.pairwise.matching.domain.lifecycle.ProgramDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the plain-Java lifecycle and batch services to their stores, and runs the sweeps. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MatchingServiceConfiguration {

    /** The domain's clock ticks in milliseconds, the precision MongoDB stores. */
    private static Clock millis(Clock clock) {
        return Clock.tick(clock, Duration.ofMillis(1));
    }

    @Bean
    Pools pools(ProgramDirectory directory, Mentorships mentorships, CapacityLedger ledger) {
        return new Pools(directory, mentorships, ledger);
    }

    @Bean
    MentorshipService mentorshipService(Mentorships mentorships, CapacityLedger ledger, ProgramDirectory directory,
                                        Pools pools, BatchJobs jobs, MatchingMetrics metrics, Clock clock,
                                        @Value("${pairwise.matching.request-ttl:P7D}") Duration requestTtl,
                                        @Value("${pairwise.matching.proposal-ttl:P14D}") Duration proposalTtl,
                                        @Value("${pairwise.matching.max-open-requests:2}") int maxOpenRequests,
                                        @Value("${pairwise.matching.max-choices:5}") int maxChoices) {
        return new MentorshipService(mentorships, ledger, directory, pools, jobs, metrics,
                new MentorshipService.Settings(requestTtl, proposalTtl, maxOpenRequests, maxChoices), millis(clock));
    }

    /** One batch at a time per instance: a run uses every core (docs/matching.md). */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService batchRunner() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("matching-batch").daemon().factory());
    }

    @Bean
    BatchService batchService(BatchJobs jobs, Pools pools, MentorshipService mentorships, MatchingMetrics metrics,
                              ExecutorService batchRunner, Clock clock) {
        return new BatchService(jobs, pools, mentorships, metrics, batchRunner, millis(clock));
    }

    @Bean
    MatchingMetrics matchingMetrics(MeterRegistry registry) {
        Counter conflicts = Counter.builder("pairwise.matching.capacity.conflicts")
                .description("Acceptances or publications refused because the mentor's places were taken")
                .register(registry);
        return new MatchingMetrics() {
            @Override
            public void batchFinished(String objective, Duration duration, int matched) {
                Timer.builder("pairwise.matching.batch.duration").description("Batch optimisation, end to end")
                        .tag("objective", objective).register(registry).record(duration);
                registry.counter("pairwise.matching.batch.pairs", "objective", objective).increment(matched);
            }

            @Override
            public void proposal(String outcome) {
                registry.counter("pairwise.matching.proposals", "outcome", outcome).increment();
            }

            @Override
            public void capacityConflict() {
                conflicts.increment();
            }
        };
    }

    @Bean
    Sweeps sweeps(MentorshipService mentorships, BatchService batches) {
        return new Sweeps(mentorships, batches);
    }

    /**
     * Deadlines and planned ends, from the store on every run (no timers in memory): each change is a write
     * guarded by the version read, so with several instances exactly one applies it, and a restart loses
     * nothing.
     */
    static class Sweeps {

        private static final Logger log = LoggerFactory.getLogger(Sweeps.class);

        private final MentorshipService mentorships;
        private final BatchService batches;

        Sweeps(MentorshipService mentorships, BatchService batches) {
            this.mentorships = mentorships;
            this.batches = batches;
        }

        @Scheduled(initialDelayString = "${pairwise.matching.sweep-initial-delay:PT30S}",
                fixedDelayString = "${pairwise.matching.sweep-interval:PT1M}")
        void sweep() {
            try {
                int expired = mentorships.expireDue();
                int completed = mentorships.completeDue();
                int stale = batches.failStale(Duration.ofMinutes(5));
                if (expired + completed + stale > 0) {
                    log.info("Sweep: {} proposals expired, {} mentorships completed, {} stale batches failed",
                            expired, completed, stale);
                }
            } catch (RuntimeException e) {
                // the store is away; the next run catches up
                log.warn("Matching sweep failed: {}", e.getMessage());
            }
        }
    }
}
