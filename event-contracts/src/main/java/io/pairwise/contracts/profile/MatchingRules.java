package io.pairwise.contracts.profile;

import io.pairwise.contracts.matching.MatchCriterion;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How matching treats a program.
 *
 * @param maxTimeZoneDistanceHours hard limit between mentor and mentee zones; null for none
 * @param excludeReportingChain    true keeps managers and skip-levels out of a mentee's candidates
 * @param criterionWeights         relative weight of each scoring criterion; a missing one weighs 0
 */
public record MatchingRules(Integer maxTimeZoneDistanceHours, boolean sameLanguageRequired,
                            boolean excludeReportingChain, MatchingObjective objective,
                            Map<MatchCriterion, Double> criterionWeights) {

    public MatchingRules {
        // sorted so the JSON is the same on every run
        criterionWeights = Collections.unmodifiableMap(new TreeMap<>(criterionWeights));
    }
}
