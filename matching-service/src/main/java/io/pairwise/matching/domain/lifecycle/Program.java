package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.ProgramSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A program as matching knows it from profile's events. */
public record Program(String id, ProgramSnapshot snapshot, boolean closed) {

    public MentoringType type() {
        return snapshot.mentoringType();
    }

    public MatchingMode mode() {
        return snapshot.matchingMode();
    }

    /** Peer and mutual programs pair participants among themselves. */
    public boolean amongPeers() {
        return type() == MentoringType.PEER || type() == MentoringType.MUTUAL;
    }

    public boolean groups() {
        return type() == MentoringType.GROUP;
    }

    public boolean ownedBy(String userId) {
        return snapshot.ownerIds().contains(userId);
    }

    /** The planned end of a mentorship starting today: its default length, capped by the program's end. */
    public LocalDate plannedEnd(LocalDate today) {
        LocalDate end = today.plusDays(Math.max(1, snapshot.defaultRelationshipLengthDays()));
        return snapshot.endDate() != null && snapshot.endDate().isBefore(end) ? snapshot.endDate() : end;
    }

    /** The instant time-zone offsets are compared at (daylight saving differs over the year). */
    public Instant offsetsAt(Instant now) {
        LocalDate start = snapshot.startDate();
        return start == null || start.atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(now) ? now
                : start.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
