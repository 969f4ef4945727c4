package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MatchingRules;
import io.pairwise.contracts.profile.MentoringType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a program admin decides about a program. Field ranges are checked where requests enter; the
 * rules that tie fields together are checked here, whoever builds the settings.
 *
 * @param startDate null, with {@code endDate}, for an evergreen program
 * @param groupSize mentees per group; required for group programs and meaningless for the others
 * @param ownerIds  user ids (token subjects) of the admins who manage the program
 */
public record ProgramSettings(String name, String description, MentoringType mentoringType, MatchingMode matchingMode,
                              LocalDate startDate, LocalDate endDate, Instant enrollmentOpensAt,
                              Instant enrollmentClosesAt, int cadenceDays, int defaultRelationshipLengthDays,
                              int defaultCapacity, Integer groupSize, Eligibility eligibility,
                              MatchingRules matchingRules, List<String> ownerIds) {

    public ProgramSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mentoringType, "mentoringType");
        Objects.requireNonNull(matchingMode, "matchingMode");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(matchingRules, "matchingRules");
        if ((startDate == null) != (endDate == null)) {
            throw new IllegalArgumentException("startDate and endDate: give both, or neither for an evergreen program");
        }
        if (startDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate must not be before startDate");
        }
        if (enrollmentOpensAt != null && enrollmentClosesAt != null && !enrollmentClosesAt.isAfter(enrollmentOpensAt)) {
            throw new IllegalArgumentException("enrollmentClosesAt must be after enrollmentOpensAt");
        }
        if (mentoringType == MentoringType.GROUP && groupSize == null) {
            throw new IllegalArgumentException("groupSize is required for a GROUP program");
        }
        if (mentoringType != MentoringType.GROUP && groupSize != null) {
            throw new IllegalArgumentException("groupSize applies to GROUP programs only");
        }
        ownerIds = List.copyOf(new LinkedHashSet<>(ownerIds == null ? List.of() : ownerIds));
        if (ownerIds.isEmpty()) {
            throw new IllegalArgumentException("ownerIds: a program needs at least one owner");
        }
    }

    public boolean evergreen() {
        return startDate == null;
    }

    /** The same settings with the given admin among the owners (the creator always owns a new program). */
    public ProgramSettings withOwner(String owner) {
        if (ownerIds.contains(owner)) {
            return this;
        }
        List<String> owners = new ArrayList<>(ownerIds);
        owners.add(owner);
        return new ProgramSettings(name, description, mentoringType, matchingMode, startDate, endDate,
                enrollmentOpensAt, enrollmentClosesAt, cadenceDays, defaultRelationshipLengthDays, defaultCapacity,
                groupSize, eligibility, matchingRules, owners);
    }
}
