package io.pairwise.matching.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Why a pair scores what it scores.
 *
 * @param score         compatibility in [0, 1]
 * @param contributions each criterion's share of the score; they add up to the score
 * @param reasons       the two or three strongest reasons, strongest first
 */
public record Explanation(double score, Map<Criterion, Double> contributions, List<Reason> reasons) {

    public Explanation {
        EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
        copy.putAll(contributions);
        contributions = Collections.unmodifiableMap(copy);
        reasons = List.copyOf(reasons);
    }
}
