package io.pairwise.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of message the platform sends; the key names its templates and appears on the
 * notification events. Mandatory types change a commitment the person has made (or must answer), so
 * they cannot be switched off; time-critical types are never held for the daily digest.
 */
public enum NotificationType {
    MATCH_PROPOSED("match-proposed", true, false),
    MATCH_ACCEPTED("match-accepted", false, false),
    MATCH_DECLINED("match-declined", false, false),
    MATCH_EXPIRED("match-expired", false, false),
    PAIR_MATCHED("pair-matched", true, false),
    SESSION_SCHEDULED("session-scheduled", false, false),
    SESSION_RESCHEDULED("session-rescheduled", true, true),
    SESSION_CANCELLED("session-cancelled", true, true),
    SESSION_REMINDER("session-reminder", false, true),
    FEEDBACK_REQUEST("feedback-request", false, false),
    CADENCE_NUDGE("cadence-nudge", false, false),
    MATCH_REQUEST_NUDGE("match-request-nudge", false, false),
    PLANNED_END_NUDGE("planned-end-nudge", false, false),
    RELATIONSHIP_ENDED("relationship-ended", false, false),
    PROGRAM_ANNOUNCEMENT("program-announcement", true, false);

    private final String key;
    private final boolean mandatory;
    private final boolean timeCritical;

    NotificationType(String key, boolean mandatory, boolean timeCritical) {
        this.key = key;
        this.mandatory = mandatory;
        this.timeCritical = timeCritical;
    }

    public String key() {
        return key;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public boolean timeCritical() {
        return timeCritical;
    }

    public static Optional<NotificationType> byKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst();
    }
}
