package io.pairwise.session.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How a mentorship keeps its rhythm, for its members' own view.
 *
 * @param cadenceDays       the agreed cadence, else the program's
 * @param agreed            whether the cadence comes from a confirmed agreement
 * @param daysSinceLastHeld whole days since the last held session started; null before the first
 * @param dueBy             when the next session is due: last held session (or the start of the
 *                          mentorship) plus the cadence
 * @param overdue           active, and the due date has passed without a held session
 */
public record Cadence(int cadenceDays, boolean agreed, Instant lastHeldAt, Long daysSinceLastHeld,
                      Instant nextSessionAt, Instant dueBy, boolean overdue) {

    public static Cadence of(Mentorship mentorship, Instant lastHeldAt, Instant nextSessionAt, Instant now) {
        int days = mentorship.effectiveCadenceDays();
        Instant reference = lastHeldAt != null ? lastHeldAt : mentorship.activeSince();
        Instant dueBy = reference == null ? null : reference.plus(Duration.ofDays(days));
        Long since = lastHeldAt == null ? null : Duration.between(lastHeldAt, now).toDays();
        boolean overdue = mentorship.status() == MentorshipStatus.ACTIVE && dueBy != null && now.isAfter(dueBy);
        return new Cadence(days, mentorship.agreedCadenceDays().isPresent(), lastHeldAt, since, nextSessionAt, dueBy,
                overdue);
    }
}
