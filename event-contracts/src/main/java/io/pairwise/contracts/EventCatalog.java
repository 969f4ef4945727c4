package io.pairwise.contracts;

import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.MatchAccepted;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.MentorshipPaused;
import io.pairwise.contracts.matching.MentorshipResumed;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.notification.NotificationDelivered;
import io.pairwise.contracts.notification.NotificationFailed;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.contracts.profile.ProgramClosed;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.profile.ProgramUpdated;
import io.pairwise.contracts.session.AgreementConfirmed;
import io.pairwise.contracts.session.FeedbackSubmitted;
import io.pairwise.contracts.session.GoalAchieved;
import io.pairwise.contracts.session.GoalSet;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionMissed;
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform, in one place: the source the AsyncAPI document is checked against. */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            // profile-service
            new EventType("pairwise.profile.mentor-registered.v1", MentorRegistered.class, Topic.PROFILE,
                    "A participant enrolled in a program as a mentor, with their profile and capacity."),
            new EventType("pairwise.profile.mentee-registered.v1", MenteeRegistered.class, Topic.PROFILE,
                    "A participant enrolled in a program as a mentee, with their profile."),
            new EventType("pairwise.profile.profile-updated.v1", ProfileUpdated.class, Topic.PROFILE,
                    "A participant's profile changed; carries the full new profile and current enrollments."),
            new EventType("pairwise.profile.enrollment-withdrawn.v1", EnrollmentWithdrawn.class, Topic.PROFILE,
                    "A participant left a program in one role."),
            new EventType("pairwise.profile.participant-erased.v1", ParticipantErased.class, Topic.PROFILE,
                    "A participant was erased; every service removes their personal data."),
            new EventType("pairwise.profile.program-created.v1", ProgramCreated.class, Topic.PROFILE,
                    "A program was created, with its full settings."),
            new EventType("pairwise.profile.program-updated.v1", ProgramUpdated.class, Topic.PROFILE,
                    "A program's settings or enrollment window changed; carries the full new settings."),
            new EventType("pairwise.profile.program-closed.v1", ProgramClosed.class, Topic.PROFILE,
                    "A program was closed to new enrollments and matches."),
            // matching-service
            new EventType("pairwise.matching.match-proposed.v1", MatchProposed.class, Topic.MATCHING,
                    "A mentorship was proposed with its score, per-criterion contributions and reasons."),
            new EventType("pairwise.matching.match-accepted.v1", MatchAccepted.class, Topic.MATCHING,
                    "A member accepted a proposed mentorship."),
            new EventType("pairwise.matching.match-declined.v1", MatchDeclined.class, Topic.MATCHING,
                    "A member declined a proposed mentorship."),
            new EventType("pairwise.matching.match-expired.v1", MatchExpired.class, Topic.MATCHING,
                    "A proposed mentorship passed its deadline unanswered."),
            new EventType("pairwise.matching.pair-matched.v1", PairMatched.class, Topic.MATCHING,
                    "A mentorship became active; carries each member's public card for introductions."),
            new EventType("pairwise.matching.group-formed.v1", GroupFormed.class, Topic.MATCHING,
                    "A group mentorship of mentors and a cohort of mentees became active."),
            new EventType("pairwise.matching.mentorship-paused.v1", MentorshipPaused.class, Topic.MATCHING,
                    "An active mentorship was paused."),
            new EventType("pairwise.matching.mentorship-resumed.v1", MentorshipResumed.class, Topic.MATCHING,
                    "A paused mentorship became active again."),
            new EventType("pairwise.matching.relationship-ended.v1", RelationshipEnded.class, Topic.MATCHING,
                    "A mentorship ended, completed or early, with its outcome and reason code."),
            // session-service
            new EventType("pairwise.session.agreement-confirmed.v1", AgreementConfirmed.class, Topic.SESSION,
                    "Every member confirmed the mentoring agreement: cadence and channels."),
            new EventType("pairwise.session.session-scheduled.v1", SessionScheduled.class, Topic.SESSION,
                    "A session of a mentorship was scheduled."),
            new EventType("pairwise.session.session-rescheduled.v1", SessionRescheduled.class, Topic.SESSION,
                    "A scheduled session moved to a new time."),
            new EventType("pairwise.session.session-cancelled.v1", SessionCancelled.class, Topic.SESSION,
                    "A scheduled session was cancelled, with a reason code."),
            new EventType("pairwise.session.session-held.v1", SessionHeld.class, Topic.SESSION,
                    "A session took place, with its attendees and duration."),
            new EventType("pairwise.session.session-missed.v1", SessionMissed.class, Topic.SESSION,
                    "A scheduled session did not take place."),
            new EventType("pairwise.session.feedback-submitted.v1", FeedbackSubmitted.class, Topic.SESSION,
                    "A member rated a held session from 1 to 5."),
            new EventType("pairwise.session.goal-set.v1", GoalSet.class, Topic.SESSION,
                    "A goal was set for a mentorship."),
            new EventType("pairwise.session.goal-achieved.v1", GoalAchieved.class, Topic.SESSION,
                    "A mentorship's goal was achieved."),
            // notification-service
            new EventType("pairwise.notification.notification-delivered.v1",
                    NotificationDelivered.class, Topic.NOTIFICATION,
                    "A notification was delivered to its recipient on one channel."),
            new EventType("pairwise.notification.notification-failed.v1", NotificationFailed.class, Topic.NOTIFICATION,
                    "A notification delivery attempt failed."));

    private static final Map<String, EventType> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::payload, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType of(Class<?> payload) {
        EventType type = BY_PAYLOAD.get(payload);
        if (type == null) {
            throw new IllegalArgumentException(payload.getName() + " is not in the event catalogue");
        }
        return type;
    }
}
