package io.pairwise.notification.domain;

import io.pairwise.contracts.notification.NotificationChannel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Turns a person's preferences into the deliveries of one notification. The inbox always gets it at
 * once (it does not buzz); e-mail and chat wait for the end of quiet hours; e-mails of types that can
 * wait go into the daily digest when the person chose one.
 */
public final class DeliveryPlanner {

    private DeliveryPlanner() {
    }

    public static List<PlannedDelivery> plan(Recipient recipient, Preferences preferences, NotificationType type,
                                             Instant now) {
        ZoneId zone = recipient.zone();
        return preferences.channelsFor(type).stream().sorted().map(channel -> {
            if (channel == NotificationChannel.IN_APP) {
                return new PlannedDelivery(channel, now, false);
            }
            if (channel == NotificationChannel.EMAIL && preferences.dailyDigest() && !type.timeCritical()) {
                return new PlannedDelivery(channel, nextDigest(preferences, now, zone), true);
            }
            Instant notBefore = preferences.quietHours() == null ? now
                    : preferences.quietHours().nextAllowed(now, zone);
            return new PlannedDelivery(channel, notBefore, false);
        }).toList();
    }

    /** The next digest time in the person's zone, today's if it is still ahead. */
    static Instant nextDigest(Preferences preferences, Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.with(preferences.digestAt()).withSecond(0).withNano(0);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }
}
