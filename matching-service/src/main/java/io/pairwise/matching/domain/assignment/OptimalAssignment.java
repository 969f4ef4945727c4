package io.pairwise.matching.domain.assignment;

import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Optimal many-to-one assignment of mentees to mentors with capacities, on all pairs, without ever holding all
 * scores: score every pair once into a two-sided candidate graph (plus reserves), solve it exactly, then certify
 * against every pair with the duals, adding the pairs that could improve it and re-optimising warm until none is
 * left. Rounds check the reserves first, which costs no scoring; only a clean reserve earns a complete check.
 */
public final class OptimalAssignment {

    private OptimalAssignment() {
    }

    public static Assignment solve(PairScores scores, Objective objective, SolverSettings settings,
                                   Progress progress) {
        long start = System.nanoTime();
        CandidateGraph graph = CandidateGraph.build(scores, settings, progress);
        long scored = System.nanoTime();

        int n = scores.menteeCount();
        int m = scores.mentorCount();
        int[] capacity = new int[m];
        long places = 0;
        for (int j = 0; j < m; j++) {
            capacity[j] = scores.capacity(j);
            places += capacity[j];
        }
        long matchable = Math.min(n, places);
        // Lexicographic objectives in one integer weight: a unit of the first goal outweighs any sum of the second.
        // Best total fit breaks ties towards more pairs, so an allowed mentee is never left out next to a free place.
        long multiplier = objective == Objective.BEST_TOTAL_FIT ? matchable + 1 : 1;
        long offset = objective == Objective.BEST_TOTAL_FIT ? 1 : Math.multiplyExact(graph.maxScore(), matchable) + 1;
        long maxWeight = Math.addExact(Math.multiplyExact((long) graph.maxScore(), multiplier), offset);
        Math.multiplyExact(maxWeight, 4); // search distances stay below three times the largest weight

        AssignmentSolver solver = new AssignmentSolver(graph, capacity, multiplier, offset);
        solver.solve(progress);
        long solved = System.nanoTime();

        Certifier certifier = new Certifier(scores, settings.threads());
        List<Integer> rounds = new ArrayList<>();
        boolean complete = false;
        while (true) {
            Certifier.ImprovingPairs improving = certifier.improvingPairs(solver, complete, progress);
            rounds.add(improving.size);
            if (improving.size > 0) {
                solver.addEdges(solver.graph().withEdges(improving.mentees, improving.mentors, improving.scores,
                        improving.size), improving.distinctMentees());
                complete = false;
            } else if (complete) {
                break;
            } else {
                complete = true;
            }
        }
        long certified = System.nanoTime();

        UnmatchedReasons reasons = new UnmatchedReasons(scores, solver, objective, settings.threads());
        long reasoned = System.nanoTime();

        int[] scoreOf = new int[n];
        long total = 0;
        int matched = 0;
        CandidateGraph last = solver.graph();
        for (int i = 0; i < n; i++) {
            scoreOf[i] = -1;
            int mentor = solver.mentorOf[i];
            if (mentor >= 0) {
                int edge = Arrays.binarySearch(last.edgeMentor, last.menteeStart[i], last.menteeStart[i + 1], mentor);
                scoreOf[i] = last.edgeScore[edge];
                total += scoreOf[i];
                matched++;
            }
        }
        double[] prices = new double[m];
        for (int j = 0; j < m; j++) {
            prices[j] = Math.min((double) solver.v[j] / multiplier, graph.maxScore());
        }
        return new Assignment(objective, solver.mentorOf.clone(), scoreOf, total, matched, reasons.mentees(),
                reasons.mentors(), prices, new Assignment.Stats(graph.allowedPairs(), graph.edgeCount(),
                last.edgeCount(), rounds, certifier.rescored(), scored - start, solved - scored, certified - solved,
                reasoned - certified));
    }
}
