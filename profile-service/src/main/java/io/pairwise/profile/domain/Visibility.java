package io.pairwise.profile.domain;

import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** How much of a participant a caller may see. */
public enum Visibility {
    /** The whole profile: the person themselves, internal services, and admins of a program they are in. */
    FULL,
    /** What matching and sessions need: the partners of a proposed or active mentorship. */
    PUBLIC,
    /** Nothing, not even that the participant exists. */
    NONE;

    /**
     * @param ownedProgramIds the programs the caller owns, asked for only when the caller is an admin
     * @param partners        whether caller and participant share a mentorship, asked for only when needed
     */
    public static Visibility of(Caller caller, Participant participant, Supplier<Set<String>> ownedProgramIds,
                                BooleanSupplier partners) {
        if (participant.isErased()) {
            return NONE;
        }
        if (caller.is(participant) || caller.isService()) {
            return FULL;
        }
        if (caller.isAdmin()) {
            Set<String> owned = ownedProgramIds.get();
            if (participant.enrollments().stream().anyMatch(e -> owned.contains(e.programId()))) {
                return FULL;
            }
        }
        return partners.getAsBoolean() ? PUBLIC : NONE;
    }
}
