package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.Role;

/**
 * One participant enrolled in one program in one role, with their profile as last announced.
 *
 * @param capacity mentees at once, for a mentor enrollment
 */
public record Enrollee(String participantId, String programId, Role role, ParticipantSnapshot profile, int capacity) {
}
