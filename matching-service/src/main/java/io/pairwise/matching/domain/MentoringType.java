package io.pairwise.matching.domain;

/** The kind of mentoring a program runs; it decides the seniority rule of the score. */
public enum MentoringType {
    CAREER,
    SITUATIONAL,
    GROUP,
    PEER,
    REVERSE,
    MUTUAL
}
