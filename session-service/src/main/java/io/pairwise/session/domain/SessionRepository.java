package io.pairwise.session.domain;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where sessions are kept. Events handed in are written in the same document write as the state. */
public interface SessionRepository {

    Optional<Session> find(String id);

    /** The mentorship's sessions starting in [from, to), by start; null means unbounded (or any status). */
    List<Session> findByMentorship(String mentorshipId, SessionStatus status, Instant from, Instant to, int limit);

    /** Scheduled sessions of any of the participants that overlap [from, to). */
    List<Session> findScheduledOverlapping(Collection<String> participantIds, Instant from, Instant to);

    /** Sessions the participant is a member of, starting at or after {@code since} (null: any), by start; limit 0: all. */
    List<Session> findByMember(String participantId, Instant since, int limit);

    Optional<Session> lastHeld(String mentorshipId);

    Optional<Session> nextScheduled(String mentorshipId, Instant after);

    Map<SessionStatus, Long> countByStatus(String mentorshipId);

    /** Scheduled sessions whose end lies before the cutoff, oldest first. */
    List<Session> findScheduledEndedBefore(Instant cutoff, int limit);

    /** Inserts new sessions, each with its events. */
    void insert(List<Change<Session>> created);

    /** Optimistic like {@link MentorshipRepository#update}. */
    void update(Session session, List<DomainEvent> events);
}
