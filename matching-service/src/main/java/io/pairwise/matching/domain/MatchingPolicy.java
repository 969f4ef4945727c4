package io.pairwise.matching.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one program scores and constrains pairs.
 *
 * @param weights                  relative weight of each criterion; a missing one weighs 0, and the score is
 *                                 normalised by their sum so it stays in [0, 1]
 * @param maxTimeZoneDistanceHours hard limit on the distance between the two time zones; null for none
 * @param sameLanguageRequired     pairs must share at least one language
 * @param reportingChainDepth      how many levels of a mentee's reporting chain are excluded as mentors
 *                                 (1 = manager, 2 = manager and skip-level, 0 = no exclusion); applied in both
 *                                 directions, so a mentee never gets a mentor who reports to them either
 */
public record MatchingPolicy(MentoringType mentoringType, Map<Criterion, Double> weights,
                             Integer maxTimeZoneDistanceHours, boolean sameLanguageRequired,
                             int reportingChainDepth) {

    /** Manager and skip-level: what the field means by "reporting chain". */
    public static final int MANAGER_AND_SKIP_LEVEL = 2;

    public MatchingPolicy {
        Objects.requireNonNull(mentoringType, "mentoringType");
        EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
        copy.putAll(weights);
        double sum = 0;
        for (double weight : copy.values()) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("criterion weights must be finite and non-negative: " + weights);
            }
            sum += weight;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one criterion must have a positive weight");
        }
        weights = Collections.unmodifiableMap(copy);
        if (maxTimeZoneDistanceHours != null && (maxTimeZoneDistanceHours < 0 || maxTimeZoneDistanceHours > 12)) {
            throw new IllegalArgumentException("maxTimeZoneDistanceHours must be 0-12: " + maxTimeZoneDistanceHours);
        }
        if (reportingChainDepth < 0) {
            throw new IllegalArgumentException("reportingChainDepth must not be negative: " + reportingChainDepth);
        }
    }

    /** Every criterion weighted as a typical career program does, with the usual hard constraints. */
    public static MatchingPolicy defaults(MentoringType mentoringType) {
        return new MatchingPolicy(mentoringType, defaultWeights(), null, false, MANAGER_AND_SKIP_LEVEL);
    }

    /** Skills first, then the seniority rule of the program type, then the practicalities. */
    public static Map<Criterion, Double> defaultWeights() {
        EnumMap<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.SKILL_FIT, 4.0);
        weights.put(Criterion.SENIORITY_GAP, 2.0);
        weights.put(Criterion.TIME_ZONE_OVERLAP, 1.5);
        weights.put(Criterion.SHARED_LANGUAGE, 1.0);
        weights.put(Criterion.STYLE_AND_VALUES, 1.0);
        weights.put(Criterion.MEETING_PREFERENCES, 0.75);
        weights.put(Criterion.CROSS_DEPARTMENT, 0.75);
        return weights;
    }

    public double weight(Criterion criterion) {
        return weights.getOrDefault(criterion, 0.0);
    }

    public MatchingPolicy withMaxTimeZoneDistanceHours(Integer hours) {
        return new MatchingPolicy(mentoringType, weights, hours, sameLanguageRequired, reportingChainDepth);
    }

    public MatchingPolicy withSameLanguageRequired(boolean required) {
        return new MatchingPolicy(mentoringType, weights, maxTimeZoneDistanceHours, required, reportingChainDepth);
    }

    public MatchingPolicy withReportingChainDepth(int depth) {
        return new MatchingPolicy(mentoringType, weights, maxTimeZoneDistanceHours, sameLanguageRequired, depth);
    }

    public MatchingPolicy withWeights(Map<Criterion, Double> newWeights) {
        return new MatchingPolicy(mentoringType, newWeights, maxTimeZoneDistanceHours, sameLanguageRequired,
                reportingChainDepth);
    }
}
