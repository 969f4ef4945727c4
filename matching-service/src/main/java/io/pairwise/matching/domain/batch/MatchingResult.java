package io.pairwise.matching.domain.batch;

import io.pairwise.matching.domain.Objective;
import io.pairwise.matching.domain.assignment.Assignment;
import java.util.List;
import java.util.Map;

/**
 * The outcome of batch matching, ready to become a draft: every pair with its score and reasons, everyone left out
 * with the reason, and the mentors' prices for load-aware suggestions.
 *
 * @param pairs        sorted by mentee id
 * @param unmatched    mentees first, each side sorted by id; a mentor appears when it got no mentee at all
 * @param totalScore   sum of the pair scores
 * @param mentorPrices per mentor id, in score units [0, 1]: how contested a place with them is (0 when they still
 *                     have free places); see {@link io.pairwise.matching.domain.suggestion.MentorSuggestions}
 * @param stats        how the optimum was reached and certified
 */
public record MatchingResult(Objective objective, List<MatchedPair> pairs, List<Unmatched> unmatched,
                             double totalScore, Map<String, Double> mentorPrices, Assignment.Stats stats) {

    public MatchingResult {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        mentorPrices = Map.copyOf(mentorPrices);
    }

    public int matchedCount() {
        return pairs.size();
    }
}
