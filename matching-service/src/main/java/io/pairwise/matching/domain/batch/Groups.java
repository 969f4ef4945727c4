package io.pairwise.matching.domain.batch;

import io.pairwise.matching.domain.Participant;
import io.pairwise.matching.domain.scoring.MatchingPool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cohorts for group programs. Build the pool with each mentor's capacity set to the program's group size and run
 * the {@link BatchMatcher}: the optimal assignment then fills each mentor's cohort with the mentees who fit them
 * best, and since skill fit rewards a mentor for teaching a mentee's goals, mentees with the goals a mentor teaches
 * end up together. This turns that result into groups.
 */
public final class Groups {

    private Groups() {
    }

    /** One group per mentor with at least one mentee, sorted by mentor id. */
    public static List<Group> of(MatchingResult result, MatchingPool pool) {
        Map<String, List<MatchedPair>> cohorts = new TreeMap<>();
        for (MatchedPair pair : result.pairs()) {
            cohorts.computeIfAbsent(pair.mentorId(), id -> new ArrayList<>()).add(pair);
        }
        List<Group> groups = new ArrayList<>();
        cohorts.forEach((mentor, members) -> groups.add(new Group(mentor, members, sharedGoals(members, pool),
                members.stream().mapToDouble(MatchedPair::score).average().orElse(0))));
        return groups;
    }

    private static List<String> sharedGoals(List<MatchedPair> members, MatchingPool pool) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (MatchedPair member : members) {
            Participant mentee = pool.mentee(pool.menteeIndex(member.menteeId()));
            Set<String> named = new HashSet<>();
            for (String goal : mentee.developmentGoals()) {
                String key = goal.strip().toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, goal.strip());
                if (named.add(key)) {
                    count.merge(key, 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(2, (members.size() + 1) / 2);
        return count.entrySet().stream().filter(entry -> entry.getValue() >= needed)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> spelling.get(entry.getKey())).toList();
    }
}
