package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.WithdrawalReason;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one operation on a participant: the state to write and what happened, from which the
 * events are derived.
 *
 * @param before           null when the participant is new
 * @param withdrawalReason why the {@code withdrawn} enrollments ended; null when none did
 */
public record ParticipantChange(Participant before, Participant after, List<ProgramEnrollment> enrolled,
                                List<ProgramEnrollment> withdrawn, WithdrawalReason withdrawalReason) {

    public ParticipantChange {
        enrolled = List.copyOf(enrolled);
        withdrawn = List.copyOf(withdrawn);
    }

    static ParticipantChange none(Participant participant) {
        return new ParticipantChange(participant, participant, List.of(), List.of(), null);
    }

    /** False when the operation left everything as it was, so nothing is written and nothing published. */
    public boolean changed() {
        return before != after;
    }

    public boolean profileChanged() {
        return before != null && after.profile() != null && !Objects.equals(before.profile(), after.profile());
    }

    public boolean erased() {
        return after.status() == ParticipantStatus.ERASED && before != null && before.status() != ParticipantStatus.ERASED;
    }
}
