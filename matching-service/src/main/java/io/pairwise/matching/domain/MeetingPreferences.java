package io.pairwise.matching.domain;

import java.util.List;

/**
 * @param cadenceDays preferred days between sessions, e.g. 14
 * @param modes       acceptable ways to meet, most preferred first
 */
public record MeetingPreferences(int cadenceDays, List<MeetingMode> modes) {

    public MeetingPreferences {
        if (cadenceDays < 1) {
            throw new IllegalArgumentException("cadenceDays must be positive: " + cadenceDays);
        }
        modes = List.copyOf(modes);
    }
}
