package io.pairwise.contracts.profile;

/** The kind of mentoring a program runs; it decides pairing shape and the seniority rule. */
public enum MentoringType {
    CAREER,
    SITUATIONAL,
    GROUP,
    PEER,
    REVERSE,
    MUTUAL
}
