package io.pairwise.session.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a session takes place: a UTC start, a length, and the IANA zone it was planned in (kept so a
 * series stays at the same wall-clock time across daylight-saving changes, and so invites can say it).
 */
public record Slot(Instant startsAt, int durationMinutes, String timeZone) {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 480;
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    public Slot {
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("durationMinutes must be between " + MIN_MINUTES + " and " + MAX_MINUTES);
        }
        zone(timeZone);
    }

    /**
     * A start given as a wall-clock time in a zone. A time that does not exist there (skipped by a
     * daylight-saving change) is refused rather than silently moved; an ambiguous one takes the earlier offset.
     */
    public static Slot atLocal(LocalDateTime localStart, String timeZone, int durationMinutes) {
        ZoneId zone = zone(timeZone);
        if (zone.getRules().getValidOffsets(localStart).isEmpty()) {
            throw new IllegalArgumentException(localStart + " does not exist in " + timeZone
                    + " (skipped by a daylight-saving change)");
        }
        return new Slot(ZonedDateTime.ofLocal(localStart, zone, null).toInstant(), durationMinutes, timeZone);
    }

    /** IANA region ids only (as the event schemas require), not raw offsets. */
    public static ZoneId zone(String timeZone) {
        if (timeZone == null || !ZONES.contains(timeZone)) {
            throw new IllegalArgumentException("timeZone must be an IANA zone id such as Europe/Berlin, not " + timeZone);
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone " + timeZone, e);
        }
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /** Back-to-back sessions (one ends when the next starts) do not overlap. */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt());
    }
}
