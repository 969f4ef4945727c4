package io.pairwise.session.domain;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.session.CancellationReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sessions of a mentorship: planning (with the overlap check per participant), recording what happened,
 * notes, action items and feedback. Only current members of the mentorship who were members of the
 * session may touch it; anyone else is told it does not exist.
 */
public class SessionService {

    private static final int PAGE = 200;

    private final MentorshipRepository mentorships;
    private final SessionRepository sessions;
    private final ParticipantLocks locks;
    private final Clock clock;

    public SessionService(MentorshipRepository mentorships, SessionRepository sessions, ParticipantLocks locks,
                          Clock clock) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.locks = locks;
        this.clock = clock;
    }

    // --- planning -----------------------------------------------------------------------------------------------

    public Session schedule(String caller, String mentorshipId, Slot slot, Venue venue) {
        return book(memberMentorship(caller, mentorshipId), caller, List.of(slot), venue, null).getFirst();
    }

    /** A recurring series at the agreed cadence; all occurrences are booked, or none is. */
    public List<Session> scheduleSeries(String caller, String mentorshipId, LocalDateTime firstLocalStart,
                                        String timeZone, int durationMinutes, int occurrences, Venue venue) {
        Mentorship mentorship = memberMentorship(caller, mentorshipId);
        int cadenceDays = mentorship.agreedCadenceDays().orElseThrow(() -> new RuleViolationException(
                "a series follows the agreed cadence: confirm the mentoring agreement first"));
        List<Slot> slots = SeriesPlan.slots(firstLocalStart, timeZone, durationMinutes, cadenceDays, occurrences);
        return book(mentorship, caller, slots, venue, UUID.randomUUID().toString());
    }

    private List<Session> book(Mentorship mentorship, String caller, List<Slot> slots, Venue venue, String seriesId) {
        mentorship.requireSchedulable();
        try (ParticipantLocks.Lease ignored = locks.lock(mentorship.memberIds())) {
            Instant now = clock.instant();
            List<Change<Session>> created = slots.stream()
                    .map(slot -> Session.schedule(mentorship, seriesId, slot, venue, caller, now)).toList();
            for (Slot slot : slots) {
                requireFree(mentorship.memberIds(), slot, null);
            }
            sessions.insert(created);
            return created.stream().map(Change::state).toList();
        }
    }

    public Session reschedule(String caller, String sessionId, Slot slot, Venue venue) {
        return OptimisticRetry.run(() -> {
            Access access = access(caller, sessionId);
            access.mentorship().requireSchedulable();
            Session session = access.session();
            try (ParticipantLocks.Lease ignored = locks.lock(session.memberIds())) {
                List<DomainEvent> events = session.reschedule(caller, slot, venue, clock.instant());
                requireFree(session.memberIds(), slot, session.id());
                sessions.update(session, events);
                return session;
            }
        });
    }

    /** No participant may be in two scheduled sessions at once; back-to-back is fine. */
    private void requireFree(Collection<String> participants, Slot slot, String except) {
        sessions.findScheduledOverlapping(participants, slot.startsAt(), slot.endsAt()).stream()
                .filter(other -> !other.id().equals(except) && slot.overlaps(other.startsAt(), other.endsAt()))
                .findFirst()
                .ifPresent(other -> {
                    String busy = participants.stream().filter(other::concerns).findFirst().orElseThrow();
                    throw new RuleViolationException("participant " + busy + " already has a session from "
                            + other.startsAt() + " to " + other.endsAt() + " that overlaps " + slot.startsAt());
                });
    }

    // --- recording ----------------------------------------------------------------------------------------------

    public Session cancel(String caller, String sessionId, CancellationReason reason) {
        return change(caller, sessionId, s -> s.cancel(caller, reason, clock.instant()));
    }

    public Session markHeld(String caller, String sessionId, Collection<String> attendees, Integer actualMinutes,
                            String note, List<ActionItem.Draft> actionItems) {
        return change(caller, sessionId,
                s -> s.markHeld(caller, attendees, actualMinutes, note, actionItems, clock.instant()));
    }

    public Session markMissed(String caller, String sessionId, Collection<String> absent) {
        return change(caller, sessionId, s -> s.markMissed(caller, absent, clock.instant()));
    }

    public Session writeNote(String caller, String sessionId, String text) {
        return change(caller, sessionId, s -> {
            s.writeNote(caller, text, clock.instant());
            return List.of();
        });
    }

    public Session completeActionItem(String caller, String sessionId, String itemId, boolean done) {
        return change(caller, sessionId, s -> {
            s.completeActionItem(itemId, done, clock.instant());
            return List.of();
        });
    }

    public Session giveFeedback(String caller, String sessionId, int rating, String comment) {
        return change(caller, sessionId, s -> s.giveFeedback(caller, rating, comment, clock.instant()));
    }

    // --- reads --------------------------------------------------------------------------------------------------

    public Access get(String caller, String sessionId) {
        return access(caller, sessionId);
    }

    public List<Session> list(String caller, String mentorshipId, SessionStatus status, Instant from, Instant to,
                              int limit) {
        memberMentorship(caller, mentorshipId);
        return sessions.findByMentorship(mentorshipId, status, from, to, limit).stream()
                .filter(s -> s.concerns(caller))
                .toList();
    }

    // --- the platform's own changes -----------------------------------------------------------------------------

    /** Cancels every session of the mentorship still to come, e.g. when the relationship ended. */
    public void cancelOpenSessions(String mentorshipId, CancellationReason reason) {
        List<Session> open;
        do {
            open = sessions.findByMentorship(mentorshipId, SessionStatus.SCHEDULED, null, null, PAGE);
            open.forEach(s -> systemChange(s.id(), fresh -> fresh.cancelBySystem(reason, clock.instant())));
        } while (open.size() == PAGE);
    }

    /**
     * Marks sessions missed that nobody recorded within the grace period after their end, so cadence
     * figures do not wait forever on a forgotten session. Returns how many it marked.
     */
    public int markUnrecordedMissed(Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        List<Session> forgotten = sessions.findScheduledEndedBefore(cutoff, PAGE);
        forgotten.forEach(s -> systemChange(s.id(), fresh -> fresh.status() == SessionStatus.SCHEDULED
                && fresh.endsAt().isBefore(cutoff) ? fresh.markMissed(null, List.of(), clock.instant()) : List.of()));
        return forgotten.size();
    }

    /** Removes what the erased person wrote from every session of theirs and cancels those still to come. */
    public void erase(String participantId) {
        sessions.findByMember(participantId, null, 0)
                .forEach(s -> systemChange(s.id(), fresh -> fresh.erase(participantId, clock.instant())));
    }

    private void systemChange(String sessionId, Function<Session, List<DomainEvent>> command) {
        OptimisticRetry.run(() -> sessions.find(sessionId).ifPresent(session -> {
            List<DomainEvent> events = command.apply(session);
            sessions.update(session, events);
        }));
    }

    // --- access -------------------------------------------------------------------------------------------------

    /** A session with the mentorship it belongs to, as seen by a member of both. */
    public record Access(Session session, Mentorship mentorship) {
    }

    private Access access(String caller, String sessionId) {
        Session session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        Mentorship mentorship = mentorships.find(session.mentorshipId()).orElse(null);
        if (mentorship == null || !mentorship.isMember(caller) || !session.concerns(caller)) {
            throw new NotFoundException("session", sessionId);
        }
        return new Access(session, mentorship);
    }

    private Mentorship memberMentorship(String caller, String mentorshipId) {
        Mentorship mentorship = mentorships.find(mentorshipId)
                .orElseThrow(() -> new NotFoundException("mentorship", mentorshipId));
        mentorship.requireMember(caller);
        return mentorship;
    }

    private Session change(String caller, String sessionId, Function<Session, List<DomainEvent>> command) {
        return OptimisticRetry.run(() -> {
            Session session = access(caller, sessionId).session();
            sessions.update(session, command.apply(session));
            return session;
        });
    }
}
