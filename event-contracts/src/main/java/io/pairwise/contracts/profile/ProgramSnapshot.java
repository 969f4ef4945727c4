package io.pairwise.contracts.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A program as every consumer needs it, carried whole on create and update.
 *
 * @param startDate          first day, null for an evergreen program
 * @param endDate            last day, null for an evergreen program
 * @param enrollmentOpensAt  start of the enrollment window, null if not set
 * @param enrollmentClosesAt end of the enrollment window, null if open-ended
 * @param enrollmentOpen     whether enrollment is open now (admins can open and close it by hand)
 * @param cadenceDays        expected days between sessions, e.g. 14
 * @param defaultCapacity    mentees per mentor when a mentor sets no capacity
 * @param groupSize          mentees per group in group programs, null otherwise
 * @param ownerIds           user ids of the program's admins
 */
public record ProgramSnapshot(
        String name,
        String description,
        MentoringType mentoringType,
        MatchingMode matchingMode,
        LocalDate startDate,
        LocalDate endDate,
        boolean evergreen,
        Instant enrollmentOpensAt,
        Instant enrollmentClosesAt,
        boolean enrollmentOpen,
        int cadenceDays,
        int defaultRelationshipLengthDays,
        int defaultCapacity,
        Integer groupSize,
        Eligibility eligibility,
        MatchingRules matchingRules,
        List<String> ownerIds) {

    public ProgramSnapshot {
        ownerIds = List.copyOf(ownerIds);
    }
}
