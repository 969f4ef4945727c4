package io.pairwise.matching.domain;

/** The criteria a compatibility score is built from; a program weighs each of them. */
public enum Criterion {
    SKILL_FIT,
    SENIORITY_GAP,
    TIME_ZONE_OVERLAP,
    SHARED_LANGUAGE,
    STYLE_AND_VALUES,
    MEETING_PREFERENCES,
    CROSS_DEPARTMENT
}
