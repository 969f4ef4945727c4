package io.pairwise.contracts.profile;

import java.util.List;

/**
 * @param cadenceDays preferred days between sessions, e.g. 14
 * @param modes       acceptable ways to meet, most preferred first
 */
public record MeetingPreferences(int cadenceDays, List<MeetingMode> modes) {

    public MeetingPreferences {
        modes = List.copyOf(modes);
    }
}
