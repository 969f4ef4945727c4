package io.pairwise.matching.domain.suggestion;

import io.pairwise.matching.domain.Explanation;

/**
 * One suggested mentor.
 *
 * @param rank        1 for the first suggestion, over all pages
 * @param explanation the score in [0, 1] and the reasons
 * @param price       how contested the mentor's places are, in score units; the ranking uses score minus price
 */
public record Suggestion(int rank, String mentorId, Explanation explanation, double price) {

    public double score() {
        return explanation.score();
    }
}
