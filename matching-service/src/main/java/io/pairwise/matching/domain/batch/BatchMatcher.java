package io.pairwise.matching.domain.batch;

import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.Progress;
import io.pairwise.matching.domain.assignment.Assignment;
import io.pairwise.matching.domain.assignment.OptimalAssignment;
import io.pairwise.matching.domain.assignment.Parallel;
import io.pairwise.matching.domain.assignment.SolverSettings;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import io.pairwise.matching.domain.scoring.RowScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch matching of a whole program pool: the optimal assignment under capacities and hard constraints, for the
 * program's objective, explained pair by pair. Stateless and thread-safe; a run takes a few seconds for tens of
 * thousands of participants, so call it from a job and pass a {@link Progress}.
 */
public final class BatchMatcher {

    private static final int EXPLAIN_CHUNK = 256;

    private final SolverSettings settings;

    public BatchMatcher() {
        this(SolverSettings.defaults());
    }

    public BatchMatcher(SolverSettings settings) {
        this.settings = settings;
    }

    public MatchingResult match(CompatibilityScorer scorer, Objective objective, Progress progress) {
        Assignment assignment = OptimalAssignment.solve(new ScorerPairScores(scorer), objective, settings, progress);
        MatchingPool pool = scorer.pool();
        int n = pool.menteeCount();
        int[] matchedMentees = new int[assignment.matched()];
        for (int i = 0, k = 0; i < n; i++) {
            if (assignment.mentorOf()[i] >= 0) {
                matchedMentees[k++] = i;
            }
        }
        Explanation[] explanations = new Explanation[n];
        Parallel.forChunks(matchedMentees.length, EXPLAIN_CHUNK, settings.threads(), scorer::newRow,
                (RowScorer row, int from, int to) -> {
                    for (int k = from; k < to; k++) {
                        int i = matchedMentees[k];
                        row.prepare(i);
                        explanations[i] = row.explain(assignment.mentorOf()[i]);
                    }
                }, done -> progress.report(Progress.Phase.EXPLAINING, done, matchedMentees.length));

        List<MatchedPair> pairs = new ArrayList<>(matchedMentees.length);
        for (int i : matchedMentees) {
            pairs.add(new MatchedPair(pool.mentee(i).id(), pool.mentor(assignment.mentorOf()[i]).id(),
                    explanations[i]));
        }
        pairs.sort(Comparator.comparing(MatchedPair::menteeId));
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (assignment.menteeReasons()[i] != null) {
                unmatched.add(new Unmatched(pool.mentee(i).id(), Unmatched.Side.MENTEE, assignment.menteeReasons()[i]));
            }
        }
        for (int j = 0; j < pool.mentorCount(); j++) {
            if (assignment.mentorReasons()[j] != null) {
                unmatched.add(new Unmatched(pool.mentor(j).id(), Unmatched.Side.MENTOR, assignment.mentorReasons()[j]));
            }
        }
        unmatched.sort(Comparator.comparing(Unmatched::side).thenComparing(Unmatched::participantId));
        Map<String, Double> prices = new HashMap<>();
        for (int j = 0; j < pool.mentorCount(); j++) {
            prices.put(pool.mentor(j).id(), assignment.mentorPrices()[j] / CompatibilityScorer.SCALE);
        }
        return new MatchingResult(objective, pairs, unmatched, (double) assignment.totalScore() / CompatibilityScorer.SCALE,
                prices, assignment.stats());
    }
}
