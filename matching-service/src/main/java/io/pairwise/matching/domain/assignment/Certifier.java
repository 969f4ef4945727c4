package io.pairwise.matching.domain.assignment;

import io.pairwise.matching.domain.Progress;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the solver's duals against every allowed pair, not just the candidate graph: a pair with
 * {@code w(i, j) > u[i] + v[j]} could improve the assignment. When there is none, the duals are feasible for the
 * full problem and the assignment is optimal on all pairs (LP duality).
 *
 * <p>Reserve pairs have known scores and are checked directly. Any other pair scores at most both sides'
 * thresholds, so it can only improve when {@code w(min(t[i], t[j])) > u[i] + v[j]}: with mentors sorted by price
 * those are a prefix for each mentee, and only pairs that pass are scored again.
 *
 * <p>A round looks only at pairs with a participant whose dual fell since the previous round of its kind: a pair
 * that was not improving then, and whose two duals did not fall since, is not improving now (and a pair found
 * improving became an edge, which the solver keeps feasible). The solver marks everyone after solving, so the
 * first complete round checks every pair.
 */
final class Certifier {

    private static final int CHUNK = 64;

    private final PairScores scores;
    private final int threads;
    private long rescored;

    Certifier(PairScores scores, int threads) {
        this.scores = scores;
        this.threads = threads;
    }

    /** Pairs scored again so far, over all rounds. */
    long rescored() {
        return rescored;
    }

    /**
     * The improving pairs, sorted by mentee then mentor, distinct. A reserve round checks only reserve pairs (no
     * scoring, and not even all of those): the cheap way to converge. A complete round checks every pair that may
     * have become improving, which completes the certificate.
     */
    ImprovingPairs improvingPairs(AssignmentSolver solver, boolean complete, Progress progress) {
        CandidateGraph graph = solver.graph();
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        AssignmentSolver.Fallen fallen = complete ? solver.fallenSinceCompleteCheck : solver.fallenSinceReserveCheck;
        int[] fallenMentors = fallen.fallenMentors();
        int[] byPrice = complete ? mentorsByPrice(solver.v) : null;
        List<ImprovingPairs> found = Parallel.forChunks(n + m, CHUNK, threads,
                () -> new ImprovingPairs(complete ? scores.newRow() : null), (state, from, to) -> {
                    for (int k = from; k < to; k++) {
                        if (k < n) {
                            checkMentee(k, state, graph, solver, fallen, complete ? byPrice : null, fallenMentors);
                        } else {
                            checkMentorReserve(k - n, state, graph.reserves, solver, fallen);
                        }
                    }
                }, done -> progress.report(Progress.Phase.CERTIFYING, done, n + m));
        solver.fallenSinceReserveCheck.clear();
        if (complete) {
            solver.fallenSinceCompleteCheck.clear();
        }
        ImprovingPairs all = new ImprovingPairs(null);
        for (ImprovingPairs part : found) {
            rescored += part.rescored;
            for (int k = 0; k < part.size; k++) {
                all.add(part.mentees[k], part.mentors[k], part.scores[k]);
            }
        }
        return all.sortedDistinct();
    }

    private static int[] mentorsByPrice(long[] price) {
        Integer[] order = new Integer[price.length];
        Arrays.setAll(order, j -> j);
        Arrays.sort(order, (a, b) -> Long.compare(price[a], price[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The mentee's reserve pairs that may have become improving and, in a complete round ({@code byPrice} given),
     * its other pairs that the thresholds cannot rule out.
     */
    private static void checkMentee(int i, ImprovingPairs state, CandidateGraph graph, AssignmentSolver solver,
                                    AssignmentSolver.Fallen fallen, int[] byPrice, int[] fallenMentors) {
        CandidateGraph.Reserves reserves = graph.reserves;
        boolean menteeFell = fallen.mentees[i];
        // A reserve round skips the pairs of a mentor whose price fell in the reserves of mentees whose dual did
        // not: finding them means reading every reserve, which only the complete round must do.
        if (menteeFell || byPrice != null && fallenMentors.length > 0) {
            for (int k = reserves.menteeStart()[i]; k < reserves.menteeStart()[i + 1]; k++) {
                long key = reserves.menteeKeys()[k];
                int j = TopK.index(key);
                if (menteeFell || fallen.mentors[j]) {
                    check(i, j, TopK.score(key), state, solver);
                }
            }
        }
        int threshold = reserves.menteeThreshold()[i];
        if (byPrice == null || threshold < 0) {
            return;
        }
        long ui = solver.u[i];
        long limit = solver.weight(threshold) - ui;
        if (menteeFell) {
            for (int k = 0; k < byPrice.length && solver.v[byPrice[k]] < limit; k++) {
                rescoreUnlessRuledOut(i, byPrice[k], state, reserves, solver);
            }
        } else {
            for (int j : fallenMentors) {
                if (solver.v[j] < limit) {
                    rescoreUnlessRuledOut(i, j, state, reserves, solver);
                }
            }
        }
    }

    /** Scores the pair again when the mentor's threshold does not rule it out either. */
    private static void rescoreUnlessRuledOut(int i, int j, ImprovingPairs state, CandidateGraph.Reserves reserves,
                                              AssignmentSolver solver) {
        int mentorThreshold = reserves.mentorThreshold()[j];
        if (mentorThreshold < 0 || solver.weight(mentorThreshold) - solver.v[j] <= solver.u[i]) {
            return;
        }
        if (state.prepared != i) {
            state.row.prepare(i);
            state.prepared = i;
        }
        state.rescored++;
        int score = state.row.score(j);
        if (score >= 0) {
            check(i, j, score, state, solver);
        }
    }

    private static void checkMentorReserve(int j, ImprovingPairs state, CandidateGraph.Reserves reserves,
                                           AssignmentSolver solver, AssignmentSolver.Fallen fallen) {
        for (int k = reserves.mentorStart()[j]; k < reserves.mentorStart()[j + 1]; k++) {
            long key = reserves.mentorKeys()[k];
            int i = TopK.index(key);
            if (fallen.mentors[j] || fallen.mentees[i]) {
                check(i, j, TopK.score(key), state, solver);
            }
        }
    }

    private static void check(int i, int j, int score, ImprovingPairs state, AssignmentSolver solver) {
        if (solver.weight(score) > solver.u[i] + solver.v[j]) {
            state.add(i, j, score);
        }
    }

    /** Pairs as parallel arrays; also one thread's findings while a check runs. */
    static final class ImprovingPairs {

        private final PairScores.Row row;
        private int prepared = -1;
        private long rescored;
        int[] mentees = new int[16];
        int[] mentors = new int[16];
        int[] scores = new int[16];
        int size;

        private ImprovingPairs(PairScores.Row row) {
            this.row = row;
        }

        private void add(int mentee, int mentor, int score) {
            if (size == mentees.length) {
                mentees = Arrays.copyOf(mentees, size * 2);
                mentors = Arrays.copyOf(mentors, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            mentees[size] = mentee;
            mentors[size] = mentor;
            scores[size++] = score;
        }

        /** A pair may be in both reserves, or in a reserve and scored again. */
        private ImprovingPairs sortedDistinct() {
            Integer[] order = new Integer[size];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, (a, b) -> mentees[a] != mentees[b] ? Integer.compare(mentees[a], mentees[b])
                    : Integer.compare(mentors[a], mentors[b]));
            ImprovingPairs sorted = new ImprovingPairs(null);
            for (int k = 0; k < size; k++) {
                int at = order[k];
                if (k == 0 || mentees[at] != mentees[order[k - 1]] || mentors[at] != mentors[order[k - 1]]) {
                    sorted.add(mentees[at], mentors[at], scores[at]);
                }
            }
            return sorted;
        }

        /** The distinct mentees, in order. */
        int[] distinctMentees() {
            return Arrays.stream(mentees, 0, size).distinct().toArray();
        }
    }
}
