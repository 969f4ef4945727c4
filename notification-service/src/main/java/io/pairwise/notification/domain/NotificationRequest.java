package io.pairwise.notification.domain;

import java.util.Map;

/**
 * One notification for one person, before channels are chosen. {@code facts} are what its template may
 * show: strings, numbers and lists of them, never free text about people; keys ending in {@code At}
 * hold ISO instants that the renderer shows in the recipient's zone and locale.
 */
public record NotificationRequest(NotificationType type, String recipientId, String programId,
                                  Map<String, Object> facts) {

    public NotificationRequest {
        facts = Map.copyOf(facts);
    }
}
