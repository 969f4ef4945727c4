package io.pairwise.matching.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.MentoringType;
import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.SyntheticCompany;
import io.pairwise.matching.domain.UnmatchedReason;
import io.pairwise.matching.domain.assignment.SolverSettings;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class BatchMatcherTest {

    private static final List<MatchingPolicy> POLICIES = List.of(
            MatchingPolicy.defaults(MentoringType.CAREER),
            MatchingPolicy.defaults(MentoringType.REVERSE).withMaxTimeZoneDistanceHours(3).withSameLanguageRequired(true),
            MatchingPolicy.defaults(MentoringType.PEER).withMaxTimeZoneDistanceHours(0).withReportingChainDepth(8));

    @ParameterizedTest
    @EnumSource(Objective.class)
    void noPairBreaksAHardConstraintAndNoMentorTakesMoreThanTheirCapacity(Objective objective) {
        for (long seed = 1; seed <= 3; seed++) {
            for (MatchingPolicy policy : POLICIES) {
                MatchingPool pool = SyntheticCompany.generate(seed, 400, 150);
                CompatibilityScorer scorer = new CompatibilityScorer(pool, policy);

                MatchingResult result = new BatchMatcher().match(scorer, objective, Progress.NONE);

                Map<String, Integer> load = new HashMap<>();
                for (MatchedPair pair : result.pairs()) {
                    int mentee = pool.menteeIndex(pair.menteeId());
                    int mentor = pool.mentorIndex(pair.mentorId());
                    assertThat(scorer.violations(mentee, mentor)).as("%s", pair).isEmpty();
                    load.merge(pair.mentorId(), 1, Integer::sum);
                }
                load.forEach((mentor, taken) -> assertThat(taken).isLessThanOrEqualTo(
                        pool.capacity(pool.mentorIndex(mentor))));
                assertThat(result.pairs()).extracting(MatchedPair::menteeId).doesNotHaveDuplicates();
                for (Unmatched unmatched : result.unmatched()) {
                    if (unmatched.side() == Unmatched.Side.MENTEE) {
                        int mentee = pool.menteeIndex(unmatched.participantId());
                        boolean anyAllowed = false;
                        for (int j = 0; j < pool.mentorCount(); j++) {
                            anyAllowed |= scorer.allowed(mentee, j);
                        }
                        assertThat(unmatched.reason() == UnmatchedReason.NO_ELIGIBLE_PARTNER).isEqualTo(!anyAllowed);
                    }
                }
                assertThat(result.matchedCount() + result.unmatched().stream()
                        .filter(u -> u.side() == Unmatched.Side.MENTEE).count()).isEqualTo(pool.menteeCount());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDraftWhateverTheThreads() {
        MatchingPolicy policy = MatchingPolicy.defaults(MentoringType.CAREER).withMaxTimeZoneDistanceHours(6);
        MatchingResult first = new BatchMatcher(SolverSettings.defaults().withThreads(1)).match(
                new CompatibilityScorer(SyntheticCompany.generate(9, 1500, 600), policy), Objective.BEST_TOTAL_FIT,
                Progress.NONE);
        MatchingResult second = new BatchMatcher(SolverSettings.defaults().withThreads(3)).match(
                new CompatibilityScorer(SyntheticCompany.generate(9, 1500, 600), policy), Objective.BEST_TOTAL_FIT,
                Progress.NONE);

        assertThat(second.pairs()).isEqualTo(first.pairs());
        assertThat(second.unmatched()).isEqualTo(first.unmatched());
        assertThat(second.totalScore()).isEqualTo(first.totalScore());
    }

    @ParameterizedTest
    @EnumSource(Objective.class)
    void matchesTheOptimumOfTheFullScoreMatrix(Objective objective) {
        MatchingPool pool = SyntheticCompany.generate(12, 300, 120);
        CompatibilityScorer scorer = new CompatibilityScorer(pool, MatchingPolicy.defaults(MentoringType.CAREER)
                .withMaxTimeZoneDistanceHours(8));
        // Every allowed pair an edge: no certification needed, the plain optimum on the full matrix.
        SolverSettings everyPair = new SolverSettings(pool.mentorCount(), pool.menteeCount(), pool.menteeCount(), 2);

        MatchingResult certified = new BatchMatcher(new SolverSettings(1, 2, 4, 2)).match(scorer, objective,
                Progress.NONE);
        MatchingResult full = new BatchMatcher(everyPair).match(scorer, objective, Progress.NONE);

        assertThat(certified.totalScore()).isEqualTo(full.totalScore());
        assertThat(certified.matchedCount()).isEqualTo(full.matchedCount());
        assertThat(certified.stats().improvingPairsPerRound()).hasSizeGreaterThan(1).endsWith(0);
    }

    @Test
    void aProgressListenerCancelsTheRunByThrowing() {
        CompatibilityScorer scorer = new CompatibilityScorer(SyntheticCompany.generate(6, 3000, 1200),
                MatchingPolicy.defaults(MentoringType.CAREER));

        assertThatThrownBy(() -> new BatchMatcher().match(scorer, Objective.BEST_TOTAL_FIT, (phase, done, total) -> {
            if (done > 0) {
                throw new CancellationException("cancelled by the admin");
            }
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void everyPairComesWithItsExplanationAndEveryPhaseReportsItsEnd() {
        MatchingPool pool = SyntheticCompany.generate(5, 500, 200);
        CompatibilityScorer scorer = new CompatibilityScorer(pool, MatchingPolicy.defaults(MentoringType.CAREER));
        List<Progress.Phase> finished = new ArrayList<>();

        MatchingResult result = new BatchMatcher().match(scorer, Objective.MOST_MATCHED, (phase, done, total) -> {
            if (done == total) {
                finished.add(phase);
            }
        });

        assertThat(finished).contains(Progress.Phase.values());
        for (MatchedPair pair : result.pairs()) {
            assertThat(pair.explanation().reasons()).hasSizeBetween(2, 3);
            assertThat(pair.score()).isEqualTo(scorer.score(pool.menteeIndex(pair.menteeId()),
                    pool.mentorIndex(pair.mentorId())).orElseThrow());
        }
        assertThat(result.totalScore()).isCloseTo(result.pairs().stream().mapToDouble(MatchedPair::score).sum(),
                within(1e-6));
        assertThat(result.mentorPrices()).hasSize(pool.mentorCount());
    }
}
