package io.pairwise.profile.messaging;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.profile.Enrollment;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.contracts.profile.ProgramClosed;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.profile.ProgramSnapshot;
import io.pairwise.contracts.profile.ProgramUpdated;
import io.pairwise.contracts.profile.Role;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantChange;
import io.pairwise.profile.domain.ParticipantProfile;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.ProgramEnrollment;
import io.pairwise.profile.domain.ProgramSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Maps what happened in the domain to the platform's profile events. */
public final class ProfileEvents {

    private ProfileEvents() {
    }

    /**
     * The events of one participant change, in the order consumers should apply them: withdrawals,
     * registrations, the updated profile (only for someone enrolled: nobody else tracks profiles),
     * erasure last.
     *
     * @param reportingChain the participant's managers, direct first; used when a snapshot is carried
     */
    public static List<DomainEvent> of(ParticipantChange change, List<String> reportingChain, Instant now) {
        Participant after = change.after();
        List<DomainEvent> events = new ArrayList<>();
        for (ProgramEnrollment withdrawn : change.withdrawn()) {
            events.add(new EnrollmentWithdrawn(after.id(), withdrawn.programId(), withdrawn.role(),
                    change.withdrawalReason(), now));
        }
        for (ProgramEnrollment enrolled : change.enrolled()) {
            ParticipantSnapshot snapshot = snapshot(after, reportingChain);
            events.add(enrolled.role() == Role.MENTOR
                    ? new MentorRegistered(after.id(), enrolled.programId(), snapshot, enrolled.capacity(), now)
                    : new MenteeRegistered(after.id(), enrolled.programId(), snapshot, now));
        }
        if (change.profileChanged() && after.isEnrolled()) {
            events.add(new ProfileUpdated(after.id(), snapshot(after, reportingChain), enrollments(after), now));
        }
        if (change.erased()) {
            events.add(new ParticipantErased(after.id(), now));
        }
        return events;
    }

    /** Whether {@link #of} needs a snapshot, and so the reporting chain, for this change. */
    public static boolean needsSnapshot(ParticipantChange change) {
        return !change.enrolled().isEmpty() || (change.profileChanged() && change.after().isEnrolled());
    }

    public static ParticipantSnapshot snapshot(Participant participant, List<String> reportingChain) {
        ParticipantProfile p = participant.profile();
        return new ParticipantSnapshot(participant.employeeId(), participant.userName(), p.displayName(), p.email(), p.effectiveLocale(),
                p.jobTitle(), p.department(), p.location(), p.timeZone(), p.languages(), p.managerEmployeeId(),
                reportingChain, p.careerStage(), p.yearsOfExperience() == null ? 0 : p.yearsOfExperience(),
                p.expertise(), p.developmentGoals(), p.interests(), p.values(), p.communicationStyle(),
                p.meetingPreferences(), p.mentorCapacity(), p.avoidParticipantIds());
    }

    private static List<Enrollment> enrollments(Participant participant) {
        return participant.enrollments().stream()
                .map(e -> new Enrollment(e.programId(), e.role(), e.capacity())).toList();
    }

    public static ProgramCreated created(Program program, Instant now) {
        return new ProgramCreated(program.id(), snapshot(program), now);
    }

    public static ProgramUpdated updated(Program program, Instant now) {
        return new ProgramUpdated(program.id(), snapshot(program), now);
    }

    public static ProgramClosed closed(Program program, Instant now) {
        return new ProgramClosed(program.id(), program.closedBy(), now);
    }

    public static ProgramSnapshot snapshot(Program program) {
        ProgramSettings s = program.settings();
        return new ProgramSnapshot(s.name(), s.description(), s.mentoringType(), s.matchingMode(), s.startDate(),
                s.endDate(), s.evergreen(), s.enrollmentOpensAt(), s.enrollmentClosesAt(), program.enrollmentOpen(),
                s.cadenceDays(), s.defaultRelationshipLengthDays(), s.defaultCapacity(), s.groupSize(),
                s.eligibility(), s.matchingRules(), s.ownerIds());
    }
}
