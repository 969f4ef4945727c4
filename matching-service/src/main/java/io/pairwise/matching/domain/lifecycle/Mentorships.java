package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where mentorships live; each write stores the state and its events together, guarded by the version read. */
public interface Mentorships {

    Optional<Mentorship> find(String id);

    /** Inserts; a mentorship with the same id already stored is a {@link ConcurrentUpdateException}. */
    void insert(Mentorship mentorship, List<DomainEvent> events);

    /** Writes if the stored version is still the one read; else {@link ConcurrentUpdateException}. */
    void update(Mentorship mentorship, List<DomainEvent> events);

    List<Mentorship> ofMember(String participantId);

    List<Mentorship> ofProgram(String programId);

    List<Mentorship> ofProgramMember(String programId, String participantId);

    List<Mentorship> proposalsDue(Instant now, int limit);

    /** Declined or expired requests whose next choice has not been sent yet, closed before {@code closedBefore}. */
    List<Mentorship> successorsPending(Instant closedBefore, int limit);

    List<Mentorship> dueToComplete(LocalDate today, int limit);

    /** The mentee's next queued choice in the program, lowest rank first. */
    Optional<Mentorship> nextQueued(String programId, String menteeId);
}
