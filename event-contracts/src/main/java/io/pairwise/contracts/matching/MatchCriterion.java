package io.pairwise.contracts.matching;

/**
 * The criteria a compatibility score is built from: programs weight them and every proposal reports
 * each one's contribution, so the names are shared by profile and matching events.
 */
public enum MatchCriterion {
    SKILL_FIT,
    SENIORITY_GAP,
    TIME_ZONE_OVERLAP,
    SHARED_LANGUAGE,
    STYLE_AND_VALUES,
    MEETING_PREFERENCES,
    CROSS_DEPARTMENT
}
