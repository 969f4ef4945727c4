package io.pairwise.session.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The slots of a recurring series: every {@code cadenceDays} at the same wall-clock time in the zone it
 * was planned in, so a 10:00 meeting stays at 10:00 when daylight-saving time starts or ends.
 */
public final class SeriesPlan {

    public static final int MIN_OCCURRENCES = 2;
    public static final int MAX_OCCURRENCES = 26;

    private SeriesPlan() {
    }

    public static List<Slot> slots(LocalDateTime firstLocalStart, String timeZone, int durationMinutes, int cadenceDays,
                                   int occurrences) {
        if (occurrences < MIN_OCCURRENCES || occurrences > MAX_OCCURRENCES) {
            throw new IllegalArgumentException("a series has between " + MIN_OCCURRENCES + " and " + MAX_OCCURRENCES
                    + " occurrences");
        }
        if (cadenceDays < 1) {
            throw new IllegalArgumentException("cadenceDays must be positive");
        }
        return IntStream.range(0, occurrences)
                .mapToObj(i -> Slot.atLocal(firstLocalStart.plusDays((long) i * cadenceDays), timeZone, durationMinutes))
                .toList();
    }
}
