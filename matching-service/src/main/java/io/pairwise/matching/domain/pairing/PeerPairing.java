package io.pairwise.matching.domain.pairing;

import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.Participant;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.Reason;
import io.pairwise.matching.domain.Skill;
import io.pairwise.matching.domain.UnmatchedReason;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import io.pairwise.matching.domain.scoring.RowScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs participants among themselves (peer and mutual programs): a non-bipartite matching, each person
 * in at most one pair, maximising the total fit. The pool holds every participant as mentee and as mentor
 * in the same order. A pair is allowed when the hard constraints allow it both ways; its weight is the sum
 * of both directions' scores plus one (so any allowed pair is worth more than none). Mutual programs only
 * pair people who each teach the other something: each knows more than the other in one of the other's
 * goals.
 *
 * <p>Guarantee: with at most {@link #FULL_GRAPH_UP_TO} participants every allowed pair is an edge and the
 * result is a maximum-weight matching (exact, Edmonds' blossom algorithm on integer weights). Larger pools
 * keep each person's {@link #CANDIDATES} best partners as edges and the result is optimal on that graph.
 */
public final class PeerPairing {

    public static final int FULL_GRAPH_UP_TO = 600;
    public static final int CANDIDATES = 24;

    public record Pair(String first, String second, Explanation explanation) {
    }

    public record Result(List<Pair> pairs, Map<String, UnmatchedReason> unmatched, double totalScore) {
    }

    private PeerPairing() {
    }

    public static Result pair(CompatibilityScorer scorer, boolean mutual, Progress progress) {
        MatchingPool pool = scorer.pool();
        int n = pool.menteeCount();
        int[][] scores = new int[n][n];
        RowScorer row = scorer.newRow();
        for (int a = 0; a < n; a++) {
            row.prepare(a);
            row.scoreAll(scores[a]);
            progress.report(Progress.Phase.SCORING, a + 1, n);
        }
        long[][] weight = new long[n][];
        boolean[] anyPartner = new boolean[n];
        List<int[]> edges = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            weight[a] = new long[n];
            for (int b = 0; b < n; b++) {
                weight[a][b] = a == b ? -1 : pairWeight(pool, scores, a, b, mutual);
                anyPartner[a] |= weight[a][b] > 0;
            }
        }
        boolean[][] chosen = n <= FULL_GRAPH_UP_TO ? null : candidates(weight);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (weight[a][b] > 0 && (chosen == null || chosen[a][b] || chosen[b][a])) {
                    edges.add(new int[]{a, b});
                    weights.add(weight[a][b]);
                }
            }
        }
        progress.report(Progress.Phase.SOLVING, 0, 1);
        int[] mate = MaxWeightMatching.solve(n, edges.toArray(int[][]::new),
                weights.stream().mapToLong(Long::longValue).toArray());
        progress.report(Progress.Phase.SOLVING, 1, 1);
        List<Pair> pairs = new ArrayList<>();
        Map<String, UnmatchedReason> unmatched = new LinkedHashMap<>();
        double total = 0;
        for (int a = 0; a < n; a++) {
            if (mate[a] > a) {
                Explanation why = explain(scorer, a, mate[a]);
                pairs.add(new Pair(pool.mentee(a).id(), pool.mentee(mate[a]).id(), why));
                total += why.score();
            } else if (mate[a] < 0) {
                unmatched.put(pool.mentee(a).id(), anyPartner[a] ? UnmatchedReason.LOWER_TOTAL_FIT
                        : UnmatchedReason.NO_ELIGIBLE_PARTNER);
            }
        }
        progress.report(Progress.Phase.EXPLAINING, 1, 1);
        return new Result(pairs, unmatched, total);
    }

    /** The pair's weight (both directions' integer scores plus one), or -1 when not allowed. */
    static long pairWeight(MatchingPool pool, int[][] scores, int a, int b, boolean mutual) {
        if (scores[a][b] < 0 || scores[b][a] < 0) {
            return -1;
        }
        if (mutual && !(teaches(pool.mentee(a), pool.mentee(b)) && teaches(pool.mentee(b), pool.mentee(a)))) {
            return -1;
        }
        return (long) scores[a][b] + scores[b][a] + 1;
    }

    /** Whether the teacher knows more than the learner in one of the learner's goals. */
    public static boolean teaches(Participant teacher, Participant learner) {
        Map<String, Integer> own = levels(learner.expertise());
        Map<String, Integer> theirs = levels(teacher.expertise());
        return learner.developmentGoals().stream().map(PeerPairing::key)
                .anyMatch(goal -> theirs.getOrDefault(goal, 0) > own.getOrDefault(goal, 0));
    }

    /** Both directions' explanations averaged: each side's strongest reasons, the first side's first. */
    public static Explanation explain(CompatibilityScorer scorer, int a, int b) {
        Explanation ab = scorer.explain(a, b);
        Explanation ba = scorer.explain(b, a);
        Map<Criterion, Double> contributions = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            contributions.put(criterion, (ab.contributions().getOrDefault(criterion, 0.0)
                    + ba.contributions().getOrDefault(criterion, 0.0)) / 2);
        }
        List<Reason> reasons = new ArrayList<>();
        for (List<Reason> side : List.of(ab.reasons(), ba.reasons())) {
            side.stream().filter(r -> reasons.stream().noneMatch(o -> o.text().equals(r.text()))).limit(2)
                    .forEach(reasons::add);
        }
        return new Explanation((ab.score() + ba.score()) / 2, contributions, reasons.subList(0, Math.min(3, reasons.size())));
    }

    private static boolean[][] candidates(long[][] weight) {
        int n = weight.length;
        boolean[][] chosen = new boolean[n][n];
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) {
            long[] row = weight[a];
            for (int b = 0; b < n; b++) {
                order[b] = b;
            }
            Arrays.sort(order, (x, y) -> row[x] != row[y] ? Long.compare(row[y], row[x]) : Integer.compare(x, y));
            for (int k = 0; k < Math.min(CANDIDATES, n); k++) {
                if (row[order[k]] > 0) {
                    chosen[a][order[k]] = true;
                }
            }
        }
        return chosen;
    }

    private static Map<String, Integer> levels(List<Skill> skills) {
        Map<String, Integer> levels = new HashMap<>();
        skills.forEach(skill -> levels.merge(key(skill.name()), skill.level(), Math::max));
        return levels;
    }

    private static String key(String skill) {
        return skill.strip().toLowerCase(Locale.ROOT);
    }
}
