package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.profile.WithdrawalReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An employee in the directory, with the programs they are enrolled in. Every operation returns a
 * {@link ParticipantChange}; an operation that changes nothing returns this very instance as
 * {@code after}, so re-running an import or a provisioning call writes and publishes nothing.
 *
 * @param userName   the login; equals the subject of the person's tokens
 * @param externalId the identity provider's id for the user (SCIM), if it gave one
 * @param profile    null once erased
 */
public record Participant(String id, String employeeId, String userName, String externalId, ParticipantStatus status,
                          ParticipantProfile profile, List<ProgramEnrollment> enrollments, Instant createdAt,
                          Instant updatedAt, Instant erasedAt, long version) {

    public Participant {
        enrollments = enrollments == null ? List.of() : List.copyOf(enrollments);
    }

    public static Participant create(String id, String employeeId, String userName, String externalId,
                                     ParticipantProfile profile, Instant now) {
        requireText(employeeId, "employeeId");
        requireText(userName, "userName");
        return new Participant(id, employeeId, userName, externalId, ParticipantStatus.ACTIVE, profile, List.of(), now,
                now, null, 0);
    }

    /** A new participant from HR or the identity provider; the user name defaults to the e-mail address. */
    public static Participant provision(String id, EmployeeRecord record, Instant now) {
        String userName = record.userName() != null ? record.userName() : record.email();
        return create(id, record.employeeId(), userName, record.externalId(), ParticipantProfile.EMPTY.apply(record), now);
    }

    public boolean isActive() {
        return status == ParticipantStatus.ACTIVE;
    }

    public boolean isErased() {
        return status == ParticipantStatus.ERASED;
    }

    public boolean isEnrolled() {
        return !enrollments.isEmpty();
    }

    public boolean isEnrolledIn(String programId) {
        return enrollments.stream().anyMatch(enrollment -> enrollment.programId().equals(programId));
    }

    public Set<Role> rolesIn(String programId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        enrollments.stream().filter(e -> e.programId().equals(programId)).forEach(e -> roles.add(e.role()));
        return roles;
    }

    /** A participant editing their own profile. */
    public ParticipantChange updateProfile(ParticipantProfile next, Map<String, Program> programs, Instant now) {
        requireNotErased();
        if (next.avoidParticipantIds().contains(id)) {
            throw new IllegalArgumentException("avoidParticipantIds must not contain the participant's own id");
        }
        return reconcile(with(status, userName, externalId, next, enrollments, erasedAt, now), programs, now);
    }

    /** HR or the identity provider updating what it owns. */
    public ParticipantChange provision(EmployeeRecord record, Map<String, Program> programs, Instant now) {
        requireNotErased();
        String nextUserName = record.userName() != null ? record.userName() : userName;
        String nextExternalId = record.externalId() != null ? record.externalId() : externalId;
        return reconcile(with(status, nextUserName, nextExternalId, profile.apply(record), enrollments, erasedAt, now),
                programs, now);
    }

    /**
     * Enrolls in the program in the given roles, or refuses with every reason at once.
     *
     * @param capacity mentees at once in this program; the person's own capacity, then the program's
     *                 default, apply when null
     */
    public ParticipantChange enroll(Program program, Set<Role> roles, Integer capacity, String by, Instant now) {
        requireNotErased();
        if (capacity != null && !roles.contains(Role.MENTOR)) {
            throw new IllegalArgumentException("capacity applies to mentor enrollments only");
        }
        List<String> refusals = new ArrayList<>();
        if (!isActive()) {
            refusals.add("the participant is " + status.name().toLowerCase());
        }
        refusals.addAll(program.windowRefusals(now));
        List<String> missing = profile.missingForEnrollment();
        if (!missing.isEmpty()) {
            refusals.add("the profile lacks " + String.join(", ", missing));
        } else {
            refusals.addAll(program.eligibilityGaps(profile));
        }
        refusals.addAll(program.roleRefusals(roles, rolesIn(program.id())));
        if (!refusals.isEmpty()) {
            throw new RuleViolationException("Cannot enrol in program " + program.id() + ": " + String.join("; ", refusals));
        }
        int mentorCapacity = capacity != null ? capacity
                : profile.mentorCapacity() != null ? profile.mentorCapacity() : program.settings().defaultCapacity();
        List<ProgramEnrollment> added = roles.stream().sorted()
                .map(role -> new ProgramEnrollment(program.id(), role, role == Role.MENTOR ? mentorCapacity : null, now, by))
                .toList();
        List<ProgramEnrollment> next = new ArrayList<>(enrollments);
        next.addAll(added);
        Participant after = with(status, userName, externalId, profile, next, erasedAt, now);
        return new ParticipantChange(this, after, added, List.of(), null);
    }

    /**
     * Leaves a program in the given roles, or in every role held there when {@code roles} is empty.
     * Symmetric programs enrol people in both roles, so they leave in both.
     */
    public ParticipantChange withdraw(Program program, Set<Role> roles, WithdrawalReason reason, Instant now) {
        requireNotErased();
        Set<Role> leaving = roles.isEmpty() || program.isSymmetric() ? EnumSet.allOf(Role.class) : roles;
        List<ProgramEnrollment> removed = enrollments.stream()
                .filter(e -> e.programId().equals(program.id()) && leaving.contains(e.role())).toList();
        if (removed.isEmpty()) {
            throw new RuleViolationException("Participant " + id + " is not enrolled in program " + program.id()
                    + (roles.isEmpty() ? "" : " as " + roles.stream().map(Role::name).sorted().collect(Collectors.joining(" or "))));
        }
        return without(removed, reason, status, now);
    }

    /** Deprovisioned by the identity provider: out of every program, and no new enrollments. */
    public ParticipantChange deactivate(Instant now) {
        requireNotErased();
        if (status == ParticipantStatus.DEACTIVATED) {
            return ParticipantChange.none(this);
        }
        return without(enrollments, WithdrawalReason.DEPROVISIONED, ParticipantStatus.DEACTIVATED, now);
    }

    public ParticipantChange activate(Instant now) {
        requireNotErased();
        if (isActive()) {
            return ParticipantChange.none(this);
        }
        return new ParticipantChange(this, with(ParticipantStatus.ACTIVE, userName, externalId, profile, enrollments,
                erasedAt, now), List.of(), List.of(), null);
    }

    /**
     * Removes every piece of personal data, identifiers included; only the id and the time of erasure
     * remain. The person leaves every program first, for the reason given.
     */
    public ParticipantChange erase(WithdrawalReason reason, Instant now) {
        requireNotErased();
        Participant erased = new Participant(id, null, null, null, ParticipantStatus.ERASED, null, List.of(), createdAt,
                now, now, version);
        return new ParticipantChange(this, erased, List.of(), enrollments, enrollments.isEmpty() ? null : reason);
    }

    /** After a profile change, leaves the open programs whose eligibility the profile no longer meets. */
    private ParticipantChange reconcile(Participant changed, Map<String, Program> programs, Instant now) {
        if (changed == this) {
            return ParticipantChange.none(this);
        }
        List<ProgramEnrollment> ineligible = changed.enrollments.stream().filter(e -> {
            Program program = programs.get(e.programId());
            return program != null && !program.isClosed() && !program.eligibilityGaps(changed.profile).isEmpty();
        }).toList();
        if (ineligible.isEmpty()) {
            return new ParticipantChange(this, changed, List.of(), List.of(), null);
        }
        ParticipantChange withdrawal = changed.without(ineligible, WithdrawalReason.NO_LONGER_ELIGIBLE, status, now);
        return new ParticipantChange(this, withdrawal.after(), List.of(), ineligible, WithdrawalReason.NO_LONGER_ELIGIBLE);
    }

    private ParticipantChange without(List<ProgramEnrollment> removed, WithdrawalReason reason,
                                      ParticipantStatus nextStatus, Instant now) {
        List<ProgramEnrollment> remaining = enrollments.stream().filter(e -> !removed.contains(e)).toList();
        Participant after = with(nextStatus, userName, externalId, profile, remaining, erasedAt, now);
        List<ProgramEnrollment> ordered = removed.stream()
                .sorted(Comparator.comparing(ProgramEnrollment::programId).thenComparing(ProgramEnrollment::role)).toList();
        return new ParticipantChange(this, after, List.of(), ordered, ordered.isEmpty() ? null : reason);
    }

    /** This participant with the given state, or this very instance when nothing differs. */
    private Participant with(ParticipantStatus nextStatus, String nextUserName, String nextExternalId,
                             ParticipantProfile nextProfile, List<ProgramEnrollment> nextEnrollments,
                             Instant nextErasedAt, Instant now) {
        boolean same = nextStatus == status && Objects.equals(nextUserName, userName)
                && Objects.equals(nextExternalId, externalId) && Objects.equals(nextProfile, profile)
                && nextEnrollments.equals(enrollments) && Objects.equals(nextErasedAt, erasedAt);
        return same ? this : new Participant(id, employeeId, nextUserName, nextExternalId, nextStatus, nextProfile,
                nextEnrollments, createdAt, now, nextErasedAt, version);
    }

    /** Erasure is final: nothing brings an erased participant back. */
    private void requireNotErased() {
        if (isErased()) {
            throw new RuleViolationException("Participant " + id + " was erased");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
