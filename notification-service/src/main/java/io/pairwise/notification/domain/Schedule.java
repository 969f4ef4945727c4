package io.pairwise.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** When reminders and nudges fall due. Times already past are dropped: a late reminder is noise. */
public final class Schedule {

    /** Planned-end nudges go out in the morning (UTC) of their day, not at midnight. */
    static final LocalTime NUDGE_TIME = LocalTime.of(9, 0);

    private Schedule() {
    }

    /** One reminder per lead time before the session's start, those still ahead of {@code now}. */
    public static List<Reminder> reminders(Instant startsAt, List<Duration> leadTimes, Instant now) {
        return leadTimes.stream()
                .map(lead -> new Reminder(lead, startsAt.minus(lead)))
                .filter(reminder -> reminder.dueAt().isAfter(now))
                .toList();
    }

    /** A reminder {@code lead} before a session, due at {@code dueAt}. */
    public record Reminder(Duration lead, Instant dueAt) {
    }

    /** The mentorship is overdue once the cadence has passed since its last session (or its start). */
    public static Instant cadenceNudgeAt(Instant lastActivity, int cadenceDays) {
        return lastActivity.plus(Duration.ofDays(Math.max(1, cadenceDays)));
    }

    /**
     * A proposal waiting for an answer is nudged after {@code delay}, or half way to its expiry if that
     * comes sooner; none when it expires before anything useful could be said.
     */
    public static Optional<Instant> matchRequestNudgeAt(Instant proposedAt, Instant expiresAt, Duration delay) {
        Instant nudge = proposedAt.plus(delay);
        if (expiresAt != null) {
            Instant halfWay = proposedAt.plus(Duration.between(proposedAt, expiresAt).dividedBy(2));
            if (halfWay.isBefore(nudge)) {
                nudge = halfWay;
            }
            if (!nudge.isBefore(expiresAt)) {
                return Optional.empty();
            }
        }
        return Optional.of(nudge);
    }

    /** {@code leadDays} before a relationship's planned end, in the morning; none without a planned end. */
    public static Optional<Instant> plannedEndNudgeAt(LocalDate plannedEnd, int leadDays, Instant now) {
        if (plannedEnd == null) {
            return Optional.empty();
        }
        Instant at = plannedEnd.minusDays(leadDays).atTime(NUDGE_TIME).toInstant(ZoneOffset.UTC);
        return at.isAfter(now) ? Optional.of(at) : Optional.empty();
    }
}
