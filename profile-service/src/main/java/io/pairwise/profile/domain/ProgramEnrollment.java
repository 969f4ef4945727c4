package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.Role;
import java.time.Instant;

/**
 * One role a participant holds in one program.
 *
 * @param capacity   mentees at once, fixed when a mentor enrols; null for a mentee
 * @param enrolledBy the subject that enrolled them: themselves, an admin, or an import
 */
public record ProgramEnrollment(String programId, Role role, Integer capacity, Instant enrolledAt, String enrolledBy) {
}
