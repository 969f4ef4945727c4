package io.pairwise.matching.domain.suggestion;

import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import io.pairwise.matching.domain.scoring.RowScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranked mentors for one mentee (mentee-choice mode): only mentors the hard constraints allow and who still have a
 * free place (the pool's capacities are the remaining ones), ranked by score minus the mentor's price.
 *
 * <p>The prices come from the last batch optimisation over the same pool ({@code MatchingResult.mentorPrices()}).
 * A mentor with one free place wanted by many has a high price, so they are not everyone's first choice; with the
 * optimum's prices, every mentee's first suggestion is its mentor in the optimal assignment (up to ties), so
 * mentees following their first suggestion reproduce the optimum. Without prices (an empty map) the ranking is by
 * score alone.
 */
public final class MentorSuggestions {

    private final CompatibilityScorer scorer;

    public MentorSuggestions(CompatibilityScorer scorer) {
        this.scorer = scorer;
    }

    /**
     * @param mentorPrices per mentor id in score units; missing mentors have price 0
     * @param offset       suggestions to skip (for paging)
     * @param limit        suggestions per page
     */
    public SuggestionPage forMentee(String menteeId, Map<String, Double> mentorPrices, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        MatchingPool pool = scorer.pool();
        int mentee = pool.menteeIndex(menteeId);
        if (mentee < 0) {
            throw new IllegalArgumentException("not a mentee of this pool: " + menteeId);
        }
        RowScorer row = scorer.newRow();
        row.prepare(mentee);
        int[] scores = new int[pool.mentorCount()];
        row.scoreAll(scores);
        List<Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < scores.length; j++) {
            if (scores[j] >= 0 && pool.capacity(j) > 0) {
                String id = pool.mentor(j).id();
                double price = mentorPrices.getOrDefault(id, 0.0);
                candidates.add(new Candidate(j, id, (double) scores[j] / CompatibilityScorer.SCALE, price));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score - c.price).reversed()
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
                .thenComparing(Candidate::id));
        List<Suggestion> page = new ArrayList<>();
        for (int k = offset; k < Math.min(candidates.size(), (long) offset + limit); k++) {
            Candidate candidate = candidates.get(k);
            page.add(new Suggestion(k + 1, candidate.id, row.explain(candidate.mentor), candidate.price));
        }
        return new SuggestionPage(page, candidates.size());
    }

    private record Candidate(int mentor, String id, double score, double price) {
    }
}
