package io.pairwise.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window in the person's own zone in which nothing buzzes: from {@code start} (inclusive) to
 * {@code end} (exclusive); a window with start after end runs over midnight, e.g. 22:00-07:00.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code now} if it is outside the window, else the end of the window in the zone. */
    public Instant nextAllowed(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = local.with(this.end).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = local.plusDays(1).with(this.end).withSecond(0).withNano(0);
        }
        return end.toInstant();
    }
}
