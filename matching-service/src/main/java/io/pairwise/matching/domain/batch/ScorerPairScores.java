package io.pairwise.matching.domain.batch;

import io.pairwise.matching.domain.assignment.PairScores;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.RowScorer;

/** The compatibility scorer as the optimiser sees it: integer scores, capacities from the pool. */
public record ScorerPairScores(CompatibilityScorer scorer) implements PairScores {

    @Override
    public int menteeCount() {
        return scorer.pool().menteeCount();
    }

    @Override
    public int mentorCount() {
        return scorer.pool().mentorCount();
    }

    @Override
    public int capacity(int mentor) {
        return scorer.pool().capacity(mentor);
    }

    @Override
    public boolean allowed(int mentee, int mentor) {
        return scorer.allowed(mentee, mentor);
    }

    @Override
    public Row newRow() {
        RowScorer row = scorer.newRow();
        return new Row() {
            @Override
            public void prepare(int mentee) {
                row.prepare(mentee);
            }

            @Override
            public void scoreAll(int[] scores) {
                row.scoreAll(scores);
            }

            @Override
            public int score(int mentor) {
                return row.score(mentor);
            }
        };
    }
}
