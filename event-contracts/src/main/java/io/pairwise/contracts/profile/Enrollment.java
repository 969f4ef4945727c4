package io.pairwise.contracts.profile;

/**
 * One program a participant is enrolled in.
 *
 * @param capacity the mentor capacity effective in that program; null for a mentee enrollment
 */
public record Enrollment(String programId, Role role, Integer capacity) {
}
