package io.pairwise.notification.domain;

import io.pairwise.contracts.notification.NotificationChannel;
import java.time.Instant;

/** One delivery to make: on which channel, not before when, and whether it waits for the daily digest. */
public record PlannedDelivery(NotificationChannel channel, Instant notBefore, boolean digest) {
}
