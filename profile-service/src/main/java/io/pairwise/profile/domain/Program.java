package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A mentoring program and the rules for enrolling in it.
 *
 * @param enrollmentOpen the admins' switch; the enrollment window applies on top of it
 */
public record Program(String id, ProgramSettings settings, boolean enrollmentOpen, ProgramStatus status,
                      Instant createdAt, String createdBy, Instant updatedAt, Instant closedAt, String closedBy,
                      long version) {

    /** Peer and mutual mentoring are symmetric: everyone both teaches and learns. */
    private static final Set<MentoringType> SYMMETRIC = EnumSet.of(MentoringType.PEER, MentoringType.MUTUAL);
    /** A group leader is not in a cohort, and a reverse mentor is the junior side only. */
    private static final Set<MentoringType> ONE_ROLE = EnumSet.of(MentoringType.GROUP, MentoringType.REVERSE);

    /** A new program, owned by its creator among others, with enrollment closed until an owner opens it. */
    public static Program create(String id, ProgramSettings settings, String createdBy, Instant now) {
        return new Program(id, settings.withOwner(createdBy), false, ProgramStatus.ACTIVE, now, createdBy, now, null,
                null, 0);
    }

    public boolean isClosed() {
        return status == ProgramStatus.CLOSED;
    }

    /**
     * The new settings, or this program unchanged when they are the same. The mentoring type decides
     * the roles people enrolled in, so it is fixed once anyone has.
     */
    public Program update(ProgramSettings next, boolean hasEnrollments, Instant now) {
        requireActive();
        if (next.equals(settings)) {
            return this;
        }
        if (hasEnrollments && next.mentoringType() != settings.mentoringType()) {
            throw new RuleViolationException("The mentoring type cannot change once participants are enrolled");
        }
        return new Program(id, next, enrollmentOpen, status, createdAt, createdBy, now, closedAt, closedBy, version);
    }

    public Program openEnrollment(Instant now) {
        requireActive();
        return enrollmentOpen ? this
                : new Program(id, settings, true, status, createdAt, createdBy, now, closedAt, closedBy, version);
    }

    public Program closeEnrollment(Instant now) {
        requireActive();
        return !enrollmentOpen ? this
                : new Program(id, settings, false, status, createdAt, createdBy, now, closedAt, closedBy, version);
    }

    /** Closing is final; closing again changes nothing. */
    public Program close(String by, Instant now) {
        return isClosed() ? this
                : new Program(id, settings, false, ProgramStatus.CLOSED, createdAt, createdBy, now, now, by, version);
    }

    /** Whether someone could enrol right now, as far as the program is concerned. */
    public boolean acceptsEnrollments(Instant now) {
        return windowRefusals(now).isEmpty();
    }

    List<String> windowRefusals(Instant now) {
        List<String> refusals = new ArrayList<>();
        if (isClosed()) {
            refusals.add("the program is closed");
            return refusals;
        }
        if (!enrollmentOpen) {
            refusals.add("enrollment is not open");
        }
        if (settings.enrollmentOpensAt() != null && now.isBefore(settings.enrollmentOpensAt())) {
            refusals.add("enrollment opens at " + settings.enrollmentOpensAt());
        }
        if (settings.enrollmentClosesAt() != null && !now.isBefore(settings.enrollmentClosesAt())) {
            refusals.add("enrollment closed at " + settings.enrollmentClosesAt());
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (settings.endDate() != null && today.isAfter(settings.endDate())) {
            refusals.add("the program ended on " + settings.endDate());
        }
        return refusals;
    }

    /** Why a profile does not meet the program's eligibility; empty when it does. */
    public List<String> eligibilityGaps(ParticipantProfile profile) {
        Eligibility eligibility = settings.eligibility();
        List<String> gaps = new ArrayList<>();
        if (!eligibility.departments().isEmpty() && !containsIgnoringCase(eligibility.departments(), profile.department())) {
            gaps.add("department " + profile.department() + " is not eligible");
        }
        if (!eligibility.locations().isEmpty() && !containsIgnoringCase(eligibility.locations(), profile.location())) {
            gaps.add("location " + (profile.location() == null ? "(none)" : profile.location()) + " is not eligible");
        }
        List<CareerStage> stages = eligibility.careerStages();
        if (!stages.isEmpty() && !stages.contains(profile.careerStage())) {
            gaps.add("career stage " + profile.careerStage() + " is not eligible");
        }
        return gaps;
    }

    /** Which role combinations the mentoring type allows, given the roles already held here. */
    List<String> roleRefusals(Set<Role> requested, Set<Role> held) {
        List<String> refusals = new ArrayList<>();
        MentoringType type = settings.mentoringType();
        if (SYMMETRIC.contains(type) && requested.size() != Role.values().length) {
            refusals.add("a " + type + " program enrols everyone as mentor and mentee (BOTH)");
        }
        Set<Role> combined = EnumSet.noneOf(Role.class);
        combined.addAll(held);
        combined.addAll(requested);
        if (ONE_ROLE.contains(type) && combined.size() > 1) {
            refusals.add("a " + type + " program enrols a person in one role only");
        }
        for (Role role : requested) {
            if (held.contains(role)) {
                refusals.add("already enrolled as " + role);
            }
        }
        return refusals;
    }

    public boolean isSymmetric() {
        return SYMMETRIC.contains(settings.mentoringType());
    }

    private void requireActive() {
        if (isClosed()) {
            throw new RuleViolationException("Program " + id + " is closed");
        }
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        if (value == null) {
            return false;
        }
        String wanted = value.toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(candidate -> candidate.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
