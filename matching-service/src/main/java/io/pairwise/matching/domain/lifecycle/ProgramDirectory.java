package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.profile.Role;
import java.util.List;
import java.util.Optional;

/** The read model built from profile events: programs and who is enrolled in them. */
public interface ProgramDirectory {

    Optional<Program> program(String programId);

    /** Active enrollments in the role, ordered by participant id (pools are then the same on every run). */
    List<Enrollee> enrolled(String programId, Role role);

    Optional<Enrollee> enrollee(String programId, Role role, String participantId);
}
