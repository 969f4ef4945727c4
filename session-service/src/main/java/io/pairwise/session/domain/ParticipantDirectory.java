package io.pairwise.session.domain;

import java.util.Collection;
import java.util.Map;

/** Names, e-mail addresses and zones of participants, from profile events; forgotten on erasure. */
public interface ParticipantDirectory {

    Map<String, Person> findAll(Collection<String> participantIds);

    void save(Person person);

    void remove(String participantId);
}
