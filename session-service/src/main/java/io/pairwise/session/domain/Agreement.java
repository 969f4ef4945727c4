package io.pairwise.session.domain;

import io.pairwise.contracts.session.SessionChannel;
import java.time.Instant;
import java.util.List;

/**
 * The mentoring agreement of a mentorship, one version at a time. Editing it starts a new version and
 * clears the confirmations; once every member has confirmed the current version it is in force.
 *
 * @param version      1 for the first draft, counted up on each edit; confirmations name the version
 *                     they agree to, so nobody confirms text they have not seen
 * @param confirmedAt  when the last member confirmed this version; null while it is a draft
 */
public record Agreement(int version, String expectations, int cadenceDays, List<SessionChannel> channels,
                        String confidentialityNote, List<String> goals, String editedBy, Instant editedAt,
                        List<Confirmation> confirmations, Instant confirmedAt) {

    public Agreement {
        channels = List.copyOf(channels);
        goals = List.copyOf(goals);
        confirmations = List.copyOf(confirmations);
    }

    public record Confirmation(String participantId, Instant confirmedAt) {
    }

    /** What members write; the rest of an agreement is bookkeeping. */
    public record Terms(String expectations, int cadenceDays, List<SessionChannel> channels, String confidentialityNote,
                        List<String> goals) {

        public Terms {
            if (cadenceDays < 1 || cadenceDays > 365) {
                throw new IllegalArgumentException("cadenceDays must be between 1 and 365");
            }
            if (channels == null || channels.isEmpty()) {
                throw new IllegalArgumentException("an agreement names at least one channel");
            }
            channels = channels.stream().distinct().toList();
            goals = goals == null ? List.of() : List.copyOf(goals);
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean isConfirmedBy(String participantId) {
        return confirmations.stream().anyMatch(c -> c.participantId().equals(participantId));
    }
}
