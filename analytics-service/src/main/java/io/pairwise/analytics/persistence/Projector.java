package io.pairwise.analytics.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.min;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.model.UpdateOptions;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.MentorshipPaused;
import io.pairwise.contracts.matching.MentorshipResumed;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.notification.NotificationDelivered;
import io.pairwise.contracts.notification.NotificationFailed;
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
import io.pairwise.contracts.profile.SkillLevel;
import io.pairwise.contracts.session.AgreementConfirmed;
import io.pairwise.contracts.session.FeedbackSubmitted;
import io.pairwise.contracts.session.GoalAchieved;
import io.pairwise.contracts.session.GoalSet;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionMissed;
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Writes one event into one generation of the projections. Every write is an upsert of the facts of
 * one entity, keyed by its id: step times with {@code $min}/{@code $max}, changing attributes only
 * when the event is newer than what is stored. Applying an event twice, or events of different
 * topics in any order, ends in the same documents, so a crash before the event is marked processed
 * and a rebuild running beside live consumption both leave the figures right.
 */
@Component
public class Projector {

    /** The event types projections use; the others (e.g. partial acceptances) add no figure. */
    public static final Set<Class<? extends DomainEvent>> PROJECTED = Set.of(
            ProgramCreated.class, ProgramUpdated.class, ProgramClosed.class, MentorRegistered.class,
            MenteeRegistered.class, ProfileUpdated.class, EnrollmentWithdrawn.class, ParticipantErased.class,
            MatchProposed.class, MatchDeclined.class, MatchExpired.class, PairMatched.class, GroupFormed.class,
            MentorshipPaused.class, MentorshipResumed.class, RelationshipEnded.class, AgreementConfirmed.class,
            SessionScheduled.class, SessionRescheduled.class, SessionHeld.class, SessionCancelled.class,
            SessionMissed.class, FeedbackSubmitted.class, GoalSet.class, GoalAchieved.class,
            NotificationDelivered.class, NotificationFailed.class);

    /** A person can mentor in a skill from this level on. */
    static final int MENTORING_LEVEL = 3;

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final Generations generations;
    private final AtomicLong applied = new AtomicLong();

    public Projector(Generations generations) {
        this.generations = generations;
    }

    /** Events this instance has projected so far (into any generation). */
    public long applied() {
        return applied.get();
    }

    public void apply(EventEnvelope envelope, int generation) {
        try {
            project(envelope, generation);
        } finally {
            applied.incrementAndGet(); // even a partly applied event may have changed figures
        }
    }

    private void project(EventEnvelope envelope, int generation) {
        Writer w = new Writer(generation, envelope.time());
        switch (envelope.data()) {
            case ProgramCreated e -> {
                program(w, e.programId(), e.program());
                w.upsert("programs", e.programId(), min("createdAt", w.at()));
            }
            case ProgramUpdated e -> program(w, e.programId(), e.program());
            case ProgramClosed e -> w.upsert("programs", e.programId(), max("closedAt", w.at()));
            case MentorRegistered e -> {
                profile(w, e.participantId(), e.profile());
                String id = enroll(w, e.participantId(), e.programId(), Role.MENTOR);
                w.setIfNewer("enrollments", id, "capacityAt", set("capacity", e.capacity()));
            }
            case MenteeRegistered e -> {
                profile(w, e.participantId(), e.profile());
                enroll(w, e.participantId(), e.programId(), Role.MENTEE);
            }
            case ProfileUpdated e -> {
                profile(w, e.participantId(), e.profile());
                for (Enrollment enrollment : e.enrollments()) {
                    if (enrollment.role() == Role.MENTOR && enrollment.capacity() != null) {
                        String id = enrollmentId(e.participantId(), enrollment.programId(), Role.MENTOR);
                        w.upsert("enrollments", id, enrollmentKeys(e.participantId(), enrollment.programId(), Role.MENTOR));
                        w.setIfNewer("enrollments", id, "capacityAt", set("capacity", enrollment.capacity()));
                    }
                }
            }
            case EnrollmentWithdrawn e -> w.upsert("enrollments", enrollmentId(e.participantId(), e.programId(), e.role()),
                    combine(enrollmentKeys(e.participantId(), e.programId(), e.role()), max("withdrawnAt", w.at())));
            case ParticipantErased e -> w.setIfNewer("participants", e.participantId(), "profileAt",
                    combine(set("erased", true), set("department", null), set("skillsOffered", List.of()),
                            set("skillsWanted", List.of())));
            case MatchProposed e -> w.upsert("proposals", e.mentorshipId(),
                    combine(members(e.programId(), e.mentorIds(), e.menteeIds()), min("proposedAt", w.at())));
            case MatchDeclined e -> w.upsert("proposals", e.mentorshipId(),
                    combine(members(e.programId(), e.mentorIds(), e.menteeIds()), min("declinedAt", w.at())));
            case MatchExpired e -> w.upsert("proposals", e.mentorshipId(),
                    combine(members(e.programId(), e.mentorIds(), e.menteeIds()), min("expiredAt", w.at())));
            case PairMatched e -> matched(w, e.mentorshipId(), e.programId(), e.mentors(), e.mentees(), e.cadenceDays());
            case GroupFormed e -> matched(w, e.mentorshipId(), e.programId(), e.mentors(), e.mentees(), e.cadenceDays());
            case MentorshipPaused e -> w.upsert("mentorships", e.mentorshipId(),
                    combine(members(e.programId(), e.mentorIds(), e.menteeIds()), max("lastPausedAt", w.at())));
            case MentorshipResumed e -> w.upsert("mentorships", e.mentorshipId(),
                    combine(members(e.programId(), e.mentorIds(), e.menteeIds()), max("lastResumedAt", w.at())));
            case RelationshipEnded e -> w.upsert("mentorships", e.mentorshipId(),
                    combine(members(e.programId(), e.mentorIds(), e.menteeIds()), set("outcome", e.outcome().name()),
                            set("endReason", e.reasonCode().name()), set("startedAt", date(e.startedAt())),
                            max("endedAt", date(e.endedAt() != null ? e.endedAt() : envelope.time()))));
            case AgreementConfirmed e -> {
                w.upsert("mentorships", e.mentorshipId(), set("programId", e.programId()));
                w.setIfNewer("mentorships", e.mentorshipId(), "agreementAt", set("agreedCadenceDays", e.cadenceDays()));
            }
            case SessionScheduled e -> {
                w.upsert("sessions", e.sessionId(), session(e.mentorshipId(), e.programId(), e.memberIds()));
                w.setIfNewer("sessions", e.sessionId(), "plannedAt", set("startsAt", date(e.startsAt())));
            }
            case SessionRescheduled e -> {
                w.upsert("sessions", e.sessionId(), session(e.mentorshipId(), e.programId(), e.memberIds()));
                w.setIfNewer("sessions", e.sessionId(), "plannedAt", set("startsAt", date(e.startsAt())));
            }
            case SessionHeld e -> w.upsert("sessions", e.sessionId(), combine(
                    session(e.mentorshipId(), e.programId(), e.memberIds()),
                    min("heldAt", date(e.heldAt() != null ? e.heldAt() : envelope.time()))));
            case SessionCancelled e -> w.upsert("sessions", e.sessionId(), combine(
                    session(e.mentorshipId(), e.programId(), e.memberIds()), min("cancelledAt", w.at())));
            case SessionMissed e -> w.upsert("sessions", e.sessionId(), combine(
                    session(e.mentorshipId(), e.programId(), e.memberIds()), min("missedAt", w.at())));
            case FeedbackSubmitted e -> {
                String id = e.sessionId() + "|" + e.fromParticipantId();
                w.upsert("feedback", id, combine(session(e.mentorshipId(), e.programId(), e.memberIds()),
                        set("sessionId", e.sessionId()), set("fromParticipantId", e.fromParticipantId())));
                w.setIfNewer("feedback", id, "submittedAt", set("rating", e.rating()));
            }
            case GoalSet e -> w.upsert("goals", e.goalId(),
                    combine(session(e.mentorshipId(), e.programId(), e.memberIds()), min("setAt", w.at())));
            case GoalAchieved e -> w.upsert("goals", e.goalId(),
                    combine(session(e.mentorshipId(), e.programId(), e.memberIds()),
                            min("setAt", date(e.setAt() != null ? e.setAt() : envelope.time())), min("achievedAt", w.at())));
            case NotificationDelivered e -> w.upsert("notifications", e.notificationId(), combine(
                    set("programId", e.programId()), set("recipientId", e.recipientId()), min("deliveredAt", w.at())));
            case NotificationFailed e -> {
                if (e.permanent()) {
                    w.upsert("notifications", e.notificationId(), combine(set("programId", e.programId()),
                            set("recipientId", e.recipientId()), min("failedAt", w.at())));
                }
            }
            default -> {
                // not projected (see PROJECTED)
            }
        }
    }

    private static void program(Writer w, String programId, ProgramSnapshot program) {
        w.upsert("programs", programId, set("programId", programId));
        w.setIfNewer("programs", programId, "snapshotAt", combine(set("name", program.name()),
                set("mentoringType", program.mentoringType() == null ? null : program.mentoringType().name()),
                set("cadenceDays", program.cadenceDays()), set("ownerIds", program.ownerIds())));
    }

    private static void profile(Writer w, String participantId, ParticipantSnapshot profile) {
        w.upsert("participants", participantId, set("participantId", participantId));
        Set<String> offered = profile.expertise().stream().filter(s -> s.level() >= MENTORING_LEVEL)
                .map(SkillLevel::skill).collect(Collectors.toCollection(java.util.TreeSet::new));
        w.setIfNewer("participants", participantId, "profileAt", combine(set("department", profile.department()),
                set("skillsOffered", List.copyOf(offered)),
                set("skillsWanted", List.copyOf(new java.util.TreeSet<>(profile.developmentGoals())))));
    }

    private static String enroll(Writer w, String participantId, String programId, Role role) {
        String id = enrollmentId(participantId, programId, role);
        w.upsert("enrollments", id, combine(enrollmentKeys(participantId, programId, role),
                min("firstEnrolledAt", w.at()), max("lastEnrolledAt", w.at())));
        return id;
    }

    private static void matched(Writer w, String mentorshipId, String programId, List<Member> mentors,
                                List<Member> mentees, int cadenceDays) {
        List<String> mentorIds = mentors.stream().map(Member::participantId).toList();
        List<String> menteeIds = mentees.stream().map(Member::participantId).toList();
        w.upsert("mentorships", mentorshipId, combine(members(programId, mentorIds, menteeIds), min("matchedAt", w.at())));
        w.setIfNewer("mentorships", mentorshipId, "matchAnnouncedAt", set("matchedCadenceDays", cadenceDays));
        w.upsert("proposals", mentorshipId, combine(members(programId, mentorIds, menteeIds), min("acceptedAt", w.at())));
    }

    static String enrollmentId(String participantId, String programId, Role role) {
        return participantId + "|" + programId + "|" + role.name();
    }

    private static Bson enrollmentKeys(String participantId, String programId, Role role) {
        return combine(set("participantId", participantId), set("programId", programId), set("role", role.name()));
    }

    private static Bson members(String programId, List<String> mentorIds, List<String> menteeIds) {
        return combine(set("programId", programId), set("mentorIds", mentorIds), set("menteeIds", menteeIds));
    }

    private static Bson session(String mentorshipId, String programId, List<String> memberIds) {
        return combine(set("mentorshipId", mentorshipId), set("programId", programId), set("memberIds", memberIds));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** Writes into one generation at one event time. */
    private final class Writer {

        private final int generation;
        private final Date at;

        Writer(int generation, Instant time) {
            this.generation = generation;
            this.at = date(time);
        }

        Date at() {
            return at;
        }

        void upsert(String collection, String id, Bson update) {
            generations.collection(generation, collection).updateOne(eq("_id", id), update, UPSERT);
        }

        /** Sets attributes only if this event is newer than the one that last set them. */
        void setIfNewer(String collection, String id, String stamp, Bson update) {
            generations.collection(generation, collection).updateOne(
                    and(eq("_id", id), or(exists(stamp, false), lt(stamp, at))), combine(set(stamp, at), update));
        }
    }
}
