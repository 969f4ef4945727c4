package io.pairwise.profile.application;

import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantChange;
import io.pairwise.profile.messaging.ProfileEvents;
import io.pairwise.profile.persistence.ImportJobRepository;
import io.pairwise.profile.persistence.ParticipantRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes a participant change together with the events it implies, or nothing when nothing changed. */
@Component
class ParticipantWriter {

    private final ParticipantRepository participants;
    private final ImportJobRepository imports;

    ParticipantWriter(ParticipantRepository participants, ImportJobRepository imports) {
        this.participants = participants;
        this.imports = imports;
    }

    Participant write(ParticipantChange change, Instant now) {
        if (!change.changed()) {
            return change.after();
        }
        List<String> chain = ProfileEvents.needsSnapshot(change) ? participants.reportingChain(change.after()) : List.of();
        participants.save(change, ProfileEvents.of(change, chain, now));
        if (change.erased() && change.before().employeeId() != null) {
            imports.forgetEmployee(change.before().employeeId());
        }
        return change.after();
    }
}
