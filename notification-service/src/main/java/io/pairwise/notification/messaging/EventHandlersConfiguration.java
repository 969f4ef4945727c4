package io.pairwise.notification.messaging;

import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.MatchAccepted;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.MentorshipPaused;
import io.pairwise.contracts.matching.MentorshipResumed;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.profile.ProgramUpdated;
import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.session.AgreementConfirmed;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionMissed;
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import io.pairwise.notification.delivery.DeliveryProperties;
import io.pairwise.notification.delivery.Notifier;
import io.pairwise.notification.domain.EventNotifications;
import io.pairwise.notification.domain.NotificationRequest;
import io.pairwise.notification.domain.Schedule;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.notification.persistence.JobKind;
import io.pairwise.notification.persistence.JobStore;
import io.pairwise.notification.persistence.PreferenceStore;
import io.pairwise.notification.persistence.ProgramStore;
import io.pairwise.notification.persistence.RecipientStore;
import io.pairwise.platform.messaging.EventHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service does with other services' events: keeps its read models of people and programs,
 * records the notifications each event causes (keyed on the event id, so a redelivery adds nothing), and
 * plans, moves or withdraws reminders and nudges. Every handler is safe to run twice.
 */
@Configuration(proxyBeanMethods = false)
class EventHandlersConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventHandlersConfiguration.class);

    private final Notifier notifier;
    private final RecipientStore recipients;
    private final JobStore jobs;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final EventNotifications notifications;

    EventHandlersConfiguration(Notifier notifier, RecipientStore recipients, JobStore jobs,
                               DeliveryProperties properties, Clock clock, EventNotifications notifications) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
        this.notifications = notifications;
    }

    private void notify(List<NotificationRequest> requests, EventEnvelope envelope) {
        int created = notifier.notify(requests, envelope.id(), envelope.id());
        log.info("{} {} caused {} new deliveries", envelope.type().type(), envelope.id(), created);
    }

    // --- profile: recipients, programs, erasure ---------------------------------------------------------------

    @Bean
    EventHandler<MentorRegistered> mentorRegistered() {
        return EventHandler.of(MentorRegistered.class, (e, env) ->
                recipients.enrol(e.participantId(), e.profile(), e.programId(), Role.MENTOR));
    }

    @Bean
    EventHandler<MenteeRegistered> menteeRegistered() {
        return EventHandler.of(MenteeRegistered.class, (e, env) ->
                recipients.enrol(e.participantId(), e.profile(), e.programId(), Role.MENTEE));
    }

    @Bean
    EventHandler<ProfileUpdated> profileUpdated() {
        return EventHandler.of(ProfileUpdated.class, (e, env) -> recipients.replace(e.participantId(), e.profile(),
                e.enrollments()));
    }

    @Bean
    EventHandler<EnrollmentWithdrawn> enrollmentWithdrawn() {
        return EventHandler.of(EnrollmentWithdrawn.class, (e, env) -> recipients.withdraw(e.participantId(), e.programId(),
                e.role()));
    }

    @Bean
    EventHandler<ParticipantErased> participantErased(PreferenceStore preferences, DeliveryStore deliveries) {
        return EventHandler.of(ParticipantErased.class, (e, env) -> {
            recipients.erase(e.participantId());
            preferences.erase(e.participantId());
            long removed = deliveries.deleteRecipient(e.participantId());
            jobs.erase(e.participantId());
            log.info("Erased participant {}: profile, preferences and {} deliveries", e.participantId(), removed);
        });
    }

    @Bean
    EventHandler<ProgramCreated> programCreated(ProgramStore programs) {
        return EventHandler.of(ProgramCreated.class, (e, env) -> programs.save(e.programId(), e.program()));
    }

    @Bean
    EventHandler<ProgramUpdated> programUpdated(ProgramStore programs) {
        return EventHandler.of(ProgramUpdated.class, (e, env) -> programs.save(e.programId(), e.program()));
    }

    // --- matching ----------------------------------------------------------------------------------------------

    @Bean
    EventHandler<MatchProposed> matchProposed() {
        return EventHandler.of(MatchProposed.class, (e, env) -> {
            notify(notifications.of(e), env);
            List<String> members = Stream.concat(e.mentorIds().stream(), e.menteeIds().stream()).distinct().toList();
            Schedule.matchRequestNudgeAt(e.occurredAt(), e.expiresAt(), properties.matchRequestNudgeAfter())
                    .filter(at -> at.isAfter(clock.instant()))
                    .ifPresent(at -> jobs.scheduleOnce(JobStore.matchRequestId(e.mentorshipId()),
                            JobKind.MATCH_REQUEST_NUDGE, e.mentorshipId(), e.programId(), members,
                            e.awaitingParticipantIds(), at, null));
        });
    }

    @Bean
    EventHandler<MatchAccepted> matchAccepted() {
        return EventHandler.of(MatchAccepted.class, (e, env) -> {
            notify(notifications.of(e), env);
            jobs.answered(e.mentorshipId(), e.acceptedBy());
        });
    }

    @Bean
    EventHandler<MatchDeclined> matchDeclined() {
        return EventHandler.of(MatchDeclined.class, (e, env) -> {
            notify(notifications.of(e), env);
            jobs.cancel(JobStore.matchRequestId(e.mentorshipId()));
        });
    }

    @Bean
    EventHandler<MatchExpired> matchExpired() {
        return EventHandler.of(MatchExpired.class, (e, env) -> {
            notify(notifications.of(e), env);
            jobs.cancel(JobStore.matchRequestId(e.mentorshipId()));
        });
    }

    @Bean
    EventHandler<PairMatched> pairMatched() {
        return EventHandler.of(PairMatched.class, (e, env) -> {
            notify(notifications.of(e), env);
            started(e.mentorshipId(), e.programId(), e.mentors(), e.mentees(), e.cadenceDays(), e.plannedEndDate(),
                    e.occurredAt());
        });
    }

    @Bean
    EventHandler<GroupFormed> groupFormed() {
        return EventHandler.of(GroupFormed.class, (e, env) -> {
            notify(notifications.of(e), env);
            started(e.mentorshipId(), e.programId(), e.mentors(), e.mentees(), e.cadenceDays(), e.plannedEndDate(),
                    e.occurredAt());
        });
    }

    /** An active mentorship: no more answer nudges; cadence and planned-end nudges start. */
    private void started(String mentorshipId, String programId, List<Member> mentors, List<Member> mentees,
                         int cadenceDays, LocalDate plannedEnd, Instant startedAt) {
        jobs.cancel(JobStore.matchRequestId(mentorshipId));
        List<String> members = Stream.concat(mentors.stream(), mentees.stream()).map(Member::participantId)
                .distinct().toList();
        jobs.startCadence(mentorshipId, programId, members, cadenceDays,
                Schedule.cadenceNudgeAt(startedAt, cadenceDays));
        Schedule.plannedEndNudgeAt(plannedEnd, properties.plannedEndNudgeDays(), clock.instant())
                .ifPresent(at -> jobs.scheduleOnce(JobStore.plannedEndId(mentorshipId), JobKind.PLANNED_END_NUDGE,
                        mentorshipId, programId, members, List.of(), at, plannedEnd.toString()));
    }

    @Bean
    EventHandler<MentorshipPaused> mentorshipPaused() {
        return EventHandler.of(MentorshipPaused.class, (e, env) -> jobs.pauseCadence(e.mentorshipId()));
    }

    @Bean
    EventHandler<MentorshipResumed> mentorshipResumed() {
        return EventHandler.of(MentorshipResumed.class, (e, env) -> jobs.find(JobStore.cadenceId(e.mentorshipId()))
                .ifPresent(job -> jobs.resumeCadence(e.mentorshipId(),
                        Schedule.cadenceNudgeAt(e.occurredAt(), job.cadenceDays()))));
    }

    @Bean
    EventHandler<RelationshipEnded> relationshipEnded() {
        return EventHandler.of(RelationshipEnded.class, (e, env) -> {
            notify(notifications.of(e), env);
            jobs.cancelMentorship(e.mentorshipId());
        });
    }

    // --- sessions ----------------------------------------------------------------------------------------------

    @Bean
    EventHandler<AgreementConfirmed> agreementConfirmed() {
        return EventHandler.of(AgreementConfirmed.class, (e, env) -> jobs.changeCadence(e.mentorshipId(), e.cadenceDays()));
    }

    @Bean
    EventHandler<SessionScheduled> sessionScheduled() {
        return EventHandler.of(SessionScheduled.class, (e, env) -> {
            notify(notifications.of(e), env);
            remind(e.sessionId(), e.mentorshipId(), e.programId(), e.memberIds(), e.startsAt());
            postponeCadence(e.mentorshipId(), e.startsAt());
        });
    }

    @Bean
    EventHandler<SessionRescheduled> sessionRescheduled() {
        return EventHandler.of(SessionRescheduled.class, (e, env) -> {
            notify(notifications.of(e), env);
            long withdrawn = jobs.cancelReminders(e.sessionId(), e.startsAt());
            remind(e.sessionId(), e.mentorshipId(), e.programId(), e.memberIds(), e.startsAt());
            postponeCadence(e.mentorshipId(), e.startsAt());
            log.info("Session {} moved: {} reminders withdrawn", e.sessionId(), withdrawn);
        });
    }

    @Bean
    EventHandler<SessionCancelled> sessionCancelled() {
        return EventHandler.of(SessionCancelled.class, (e, env) -> {
            notify(notifications.of(e), env);
            jobs.cancelReminders(e.sessionId(), null);
        });
    }

    @Bean
    EventHandler<SessionHeld> sessionHeld() {
        return EventHandler.of(SessionHeld.class, (e, env) -> {
            notify(notifications.feedbackRequests(e), env);
            jobs.cancelReminders(e.sessionId(), null);
            postponeCadence(e.mentorshipId(), e.heldAt());
        });
    }

    @Bean
    EventHandler<SessionMissed> sessionMissed() {
        return EventHandler.of(SessionMissed.class, (e, env) -> jobs.cancelReminders(e.sessionId(), null));
    }

    private void remind(String sessionId, String mentorshipId, String programId, List<String> members,
                        Instant startsAt) {
        Schedule.reminders(startsAt, properties.reminderLeadTimes(), clock.instant()).forEach(reminder ->
                jobs.scheduleReminder(sessionId, mentorshipId, programId, members, startsAt, reminder.lead(),
                        reminder.dueAt()));
    }

    /** A session counts as contact: the next cadence nudge is due a cadence after it. */
    private void postponeCadence(String mentorshipId, Instant sessionAt) {
        jobs.find(JobStore.cadenceId(mentorshipId)).ifPresent(job ->
                jobs.postponeCadence(mentorshipId, Schedule.cadenceNudgeAt(sessionAt, job.cadenceDays())));
    }
}
