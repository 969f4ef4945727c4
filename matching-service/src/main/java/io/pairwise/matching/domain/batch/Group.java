package io.pairwise.matching.domain.batch;

import java.util.List;

/**
 * A mentor with a cohort, as group programs run them.
 *
 * @param members      the cohort's pairs with the mentor, each with its score and reasons
 * @param sharedGoals  development goals at least two members and at least half of the cohort name, most shared first
 * @param averageScore mean score of the members with the mentor
 */
public record Group(String mentorId, List<MatchedPair> members, List<String> sharedGoals, double averageScore) {

    public Group {
        members = List.copyOf(members);
        sharedGoals = List.copyOf(sharedGoals);
    }
}
