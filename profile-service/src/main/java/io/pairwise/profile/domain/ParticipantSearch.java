package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.Role;
import java.util.Set;

/**
 * An admin's search over participants. Every criterion is optional; they combine with "and".
 *
 * @param scope    programs whose participants may be returned; null for every participant
 * @param skill    a skill of the participant's expertise, compared without case
 * @param minLevel lowest level of that skill, 1 when null
 */
public record ParticipantSearch(Set<String> scope, String programId, Role role, String skill, Integer minLevel,
                                String department) {

    public ParticipantSearch {
        scope = scope == null ? null : Set.copyOf(scope);
    }
}
