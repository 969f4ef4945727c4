package io.pairwise.session.domain;

import io.pairwise.contracts.DomainEvent;
import java.util.List;
import java.util.Optional;

/** Where mentorships are kept. Events handed in are written in the same document write as the state. */
public interface MentorshipRepository {

    Optional<Mentorship> find(String id);

    /** Mentorships the participant is a current member of. */
    List<Mentorship> findByMember(String participantId);

    void insert(Mentorship mentorship, List<DomainEvent> events);

    /**
     * Writes the new state if nobody changed the mentorship since it was read (its version), else throws
     * {@link ConcurrentUpdateException} and writes nothing.
     */
    void update(Mentorship mentorship, List<DomainEvent> events);
}
