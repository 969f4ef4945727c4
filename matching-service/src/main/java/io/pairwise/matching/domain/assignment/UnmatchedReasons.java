package io.pairwise.matching.domain.assignment;

import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.UnmatchedReason;
import java.util.Arrays;
import java.util.List;

/**
 * Why each participant is left out of an optimal assignment. At the optimum, a mentee who is unmatched but allowed
 * some mentor finds all of them full (the tie-break of best-total-fit makes even a zero-score pair worth taking).
 * Whether a place could be made for them by moving others is reachability to a free place along alternating paths,
 * decided on all allowed pairs, not just the candidate graph. With most-matched there is no such path at the
 * optimum (one would add a pair), so every such mentee is told capacity is exhausted.
 */
final class UnmatchedReasons {

    private static final int CHUNK = 256;

    private final UnmatchedReason[] mentees;
    private final UnmatchedReason[] mentors;

    UnmatchedReasons(PairScores scores, AssignmentSolver solver, Objective objective, int threads) {
        CandidateGraph graph = solver.graph();
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        mentees = new UnmatchedReason[n];
        mentors = new UnmatchedReason[m];
        boolean[] canMakeRoom = objective == Objective.BEST_TOTAL_FIT ? reachesFreePlace(scores, solver, threads)
                : new boolean[n];
        for (int i = 0; i < n; i++) {
            if (solver.mentorOf[i] < 0) {
                mentees[i] = !graph.reserves.menteeHasAllowed(i) ? UnmatchedReason.NO_ELIGIBLE_PARTNER
                        : canMakeRoom[i] ? UnmatchedReason.LOWER_TOTAL_FIT : UnmatchedReason.CAPACITY_EXHAUSTED;
            }
        }
        for (int j = 0; j < m; j++) {
            if (solver.load[j] == 0) {
                mentors[j] = solver.capacity[j] == 0 ? UnmatchedReason.CAPACITY_EXHAUSTED
                        : !graph.reserves.mentorHasAllowed(j) ? UnmatchedReason.NO_ELIGIBLE_PARTNER
                        : UnmatchedReason.LOWER_TOTAL_FIT;
            }
        }
    }

    UnmatchedReason[] mentees() {
        return mentees;
    }

    UnmatchedReason[] mentors() {
        return mentors;
    }

    /**
     * Mentees with an alternating path to a free place: breadth first from the mentors with free places, one level
     * at a time; a mentee allowed to a reached mentor (other than its own) is reached, and so is its own mentor.
     */
    private static boolean[] reachesFreePlace(PairScores scores, AssignmentSolver solver, int threads) {
        int n = solver.mentorOf.length;
        int m = solver.load.length;
        boolean[] reachedMentee = new boolean[n];
        boolean[] reachedMentor = new boolean[m];
        int[] frontier = new int[m];
        int frontierSize = 0;
        for (int j = 0; j < m; j++) {
            if (solver.load[j] < solver.capacity[j]) {
                reachedMentor[j] = true;
                frontier[frontierSize++] = j;
            }
        }
        int waiting = 0;
        for (int i = 0; i < n; i++) {
            if (solver.mentorOf[i] < 0 && solver.graph().reserves.menteeHasAllowed(i)) {
                waiting++;
            }
        }
        while (frontierSize > 0 && waiting > 0) {
            int[] level = Arrays.copyOf(frontier, frontierSize);
            List<int[]> found = Parallel.forChunks(n, CHUNK, threads, () -> new int[n + 1], (newly, from, to) -> {
                for (int i = from; i < to; i++) {
                    if (!reachedMentee[i] && reachesAny(scores, i, solver.mentorOf[i], level)) {
                        newly[++newly[0]] = i;
                    }
                }
            }, done -> {
            });
            frontierSize = 0;
            for (int[] newly : found) {
                for (int k = 1; k <= newly[0]; k++) {
                    int i = newly[k];
                    reachedMentee[i] = true;
                    int own = solver.mentorOf[i];
                    if (own < 0) {
                        waiting--;
                    } else if (!reachedMentor[own]) {
                        reachedMentor[own] = true;
                        frontier[frontierSize++] = own;
                    }
                }
            }
        }
        return reachedMentee;
    }

    private static boolean reachesAny(PairScores scores, int mentee, int own, int[] mentors) {
        for (int j : mentors) {
            if (j != own && scores.allowed(mentee, j)) {
                return true;
            }
        }
        return false;
    }
}
