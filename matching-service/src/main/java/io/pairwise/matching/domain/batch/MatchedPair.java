package io.pairwise.matching.domain.batch;

import io.pairwise.matching.domain.Explanation;

/** One pair of a batch result, with the score and the reasons to show the admin and both people. */
public record MatchedPair(String menteeId, String mentorId, Explanation explanation) {

    public double score() {
        return explanation.score();
    }
}
