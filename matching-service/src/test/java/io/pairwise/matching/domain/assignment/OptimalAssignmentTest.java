package io.pairwise.matching.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.UnmatchedReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {

    /** Settings from the tightest (one candidate a side: almost everything comes from certification) to the usual. */
    private static final List<SolverSettings> SETTINGS = List.of(new SolverSettings(1, 1, 1, 1),
            new SolverSettings(1, 2, 2, 2), new SolverSettings(2, 3, 4, 3), SolverSettings.defaults());

    @ParameterizedTest
    @EnumSource(Objective.class)
    void isOptimalOnSmallCasesAgainstBruteForce(Objective objective) {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            MatrixScores problem = MatrixScores.random(random, 1 + random.nextInt(7), 1 + random.nextInt(4),
                    new int[]{2, 20, 1_000_000}[random.nextInt(3)], random.nextDouble() * 0.4, 1 + random.nextInt(3));
            long[] best = bruteForce(problem, objective);
            for (SolverSettings settings : SETTINGS) {
                Assignment assignment = OptimalAssignment.solve(problem, objective, settings, Progress.NONE);
                assertValid(problem, assignment);
                assertThat(new long[]{assignment.totalScore(), assignment.matched()})
                        .as("round %d, %s", round, settings).containsExactly(best);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Objective.class)
    void isOptimalOnLargerCasesAgainstAnIndependentSolver(Objective objective) {
        Random random = new Random(11);
        for (int round = 0; round < 60; round++) {
            MatrixScores problem = MatrixScores.random(random, 20 + random.nextInt(60), 5 + random.nextInt(25),
                    new int[]{5, 100, 1_000_000}[random.nextInt(3)], random.nextDouble() * 0.5, 1 + random.nextInt(3));
            long[] best = ReferenceSolver.solve(problem, objective);
            for (SolverSettings settings : SETTINGS) {
                Assignment assignment = OptimalAssignment.solve(problem, objective, settings, Progress.NONE);
                assertValid(problem, assignment);
                assertThat(new long[]{assignment.totalScore(), assignment.matched()})
                        .as("round %d, %s", round, settings).containsExactly(best);
            }
        }
    }

    @Test
    void theSameProblemGivesTheSameAssignmentWhateverTheThreadsAndTies() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            MatrixScores problem = MatrixScores.random(random, 200, 60, 10, 0.2, 3);
            int[] first = OptimalAssignment.solve(problem, Objective.BEST_TOTAL_FIT, new SolverSettings(2, 4, 8, 1),
                    Progress.NONE).mentorOf();
            int[] again = OptimalAssignment.solve(problem, Objective.BEST_TOTAL_FIT, new SolverSettings(2, 4, 8, 3),
                    Progress.NONE).mentorOf();
            assertThat(again).containsExactly(first);
        }
    }

    @Test
    void bestTotalFitLeavesOutAMenteeWhenMakingRoomWouldLowerTheTotal() {
        // A fits X much better than Y; B only fits X. Moving A to Y to make room for B loses 0.3 in total.
        MatrixScores problem = new MatrixScores(new int[][]{{90, 10}, {50, -1}, {-1, -1}}, new int[]{1, 1});

        Assignment best = OptimalAssignment.solve(problem, Objective.BEST_TOTAL_FIT, SolverSettings.defaults(),
                Progress.NONE);
        assertThat(best.mentorOf()).containsExactly(0, -1, -1);
        assertThat(best.menteeReasons()).containsExactly(null, UnmatchedReason.LOWER_TOTAL_FIT,
                UnmatchedReason.NO_ELIGIBLE_PARTNER);
        assertThat(best.mentorReasons()).containsExactly(null, UnmatchedReason.LOWER_TOTAL_FIT);

        Assignment most = OptimalAssignment.solve(problem, Objective.MOST_MATCHED, SolverSettings.defaults(),
                Progress.NONE);
        assertThat(most.mentorOf()).containsExactly(1, 0, -1);
        assertThat(most.menteeReasons()).containsExactly(null, null, UnmatchedReason.NO_ELIGIBLE_PARTNER);
    }

    @Test
    void aMenteeLeftOutBecauseEveryPlaceIsTakenIsToldSo() {
        MatrixScores problem = new MatrixScores(new int[][]{{90, 10}, {50, 40}, {30, 20}}, new int[]{1, 1});

        for (Objective objective : Objective.values()) {
            Assignment assignment = OptimalAssignment.solve(problem, objective, SolverSettings.defaults(),
                    Progress.NONE);
            assertThat(assignment.mentorOf()).containsExactly(0, 1, -1);
            assertThat(assignment.menteeReasons()[2]).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
        }
    }

    @Test
    void aMentorWithoutPlacesOrEligibleMenteesIsToldWhy() {
        MatrixScores problem = new MatrixScores(new int[][]{{90, 10, -1}, {50, 40, -1}}, new int[]{2, 0, 1});

        Assignment assignment = OptimalAssignment.solve(problem, Objective.BEST_TOTAL_FIT, SolverSettings.defaults(),
                Progress.NONE);

        assertThat(assignment.mentorOf()).containsExactly(0, 0);
        assertThat(assignment.mentorReasons()).containsExactly(null, UnmatchedReason.CAPACITY_EXHAUSTED,
                UnmatchedReason.NO_ELIGIBLE_PARTNER);
    }

    @Test
    void pricesAreZeroWhereAPlaceIsFreeAndPositiveWhereItIsContested() {
        MatrixScores problem = new MatrixScores(new int[][]{{90, 10}, {80, 20}}, new int[]{1, 5});

        Assignment assignment = OptimalAssignment.solve(problem, Objective.BEST_TOTAL_FIT, SolverSettings.defaults(),
                Progress.NONE);

        assertThat(assignment.mentorOf()).containsExactly(0, 1);
        assertThat(assignment.mentorPrices()[0]).isPositive();
        assertThat(assignment.mentorPrices()[1]).isZero();
    }

    @Test
    void reportsEveryPhaseToItsEnd() {
        MatrixScores problem = MatrixScores.random(new Random(5), 300, 100, 100, 0.2, 3);
        List<String> ends = new ArrayList<>();
        Progress progress = (phase, done, total) -> {
            assertThat(done).isBetween(0L, total);
            if (done == total) {
                ends.add(phase.name());
            }
        };

        OptimalAssignment.solve(problem, Objective.MOST_MATCHED, new SolverSettings(2, 4, 8, 2), progress);

        assertThat(ends).contains("SCORING", "SOLVING", "CERTIFYING");
    }

    private static void assertValid(MatrixScores problem, Assignment assignment) {
        int[] load = new int[problem.mentorCount()];
        long total = 0;
        for (int i = 0; i < problem.menteeCount(); i++) {
            int mentor = assignment.mentorOf()[i];
            if (mentor >= 0) {
                assertThat(problem.scores()[i][mentor]).isNotNegative();
                assertThat(assignment.scoreOf()[i]).isEqualTo(problem.scores()[i][mentor]);
                assertThat(assignment.menteeReasons()[i]).isNull();
                load[mentor]++;
                total += problem.scores()[i][mentor];
            } else {
                assertThat(assignment.menteeReasons()[i]).isNotNull();
            }
        }
        for (int j = 0; j < problem.mentorCount(); j++) {
            assertThat(load[j]).isLessThanOrEqualTo(problem.capacity(j));
            assertThat(assignment.mentorReasons()[j] == null).isEqualTo(load[j] > 0);
        }
        assertThat(assignment.totalScore()).isEqualTo(total);
    }

    /** Every assignment, best by (total, pairs) or (pairs, total). */
    private static long[] bruteForce(MatrixScores problem, Objective objective) {
        long[] best = {-1, -1};
        search(problem, objective, 0, new int[problem.mentorCount()], 0, 0, best);
        return best;
    }

    private static void search(MatrixScores problem, Objective objective, int mentee, int[] load, long total, int pairs,
                               long[] best) {
        if (mentee == problem.menteeCount()) {
            boolean better = objective == Objective.BEST_TOTAL_FIT
                    ? total > best[0] || total == best[0] && pairs > best[1]
                    : pairs > best[1] || pairs == best[1] && total > best[0];
            if (better) {
                best[0] = total;
                best[1] = pairs;
            }
            return;
        }
        search(problem, objective, mentee + 1, load, total, pairs, best);
        for (int j = 0; j < problem.mentorCount(); j++) {
            int score = problem.scores()[mentee][j];
            if (score >= 0 && load[j] < problem.capacity(j)) {
                load[j]++;
                search(problem, objective, mentee + 1, load, total + score, pairs + 1, best);
                load[j]--;
            }
        }
    }
}
