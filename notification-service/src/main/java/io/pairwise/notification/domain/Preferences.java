package io.pairwise.notification.domain;

import io.pairwise.contracts.notification.NotificationChannel;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one person wants to hear from the platform.
 *
 * @param channels    the channels chosen per type; a type not listed goes to {@link #DEFAULT_CHANNELS}
 * @param quietHours  null for none
 * @param dailyDigest true collects e-mails of types that can wait into one mail a day at {@code digestAt}
 * @param webhook     null when the person has no chat webhook
 */
public record Preferences(String recipientId, Map<NotificationType, Set<NotificationChannel>> channels,
                          QuietHours quietHours, boolean dailyDigest, LocalTime digestAt, ChatWebhook webhook) {

    public static final Set<NotificationChannel> DEFAULT_CHANNELS =
            Collections.unmodifiableSet(EnumSet.of(NotificationChannel.EMAIL, NotificationChannel.IN_APP));
    public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(8, 0);

    public Preferences {
        Map<NotificationType, Set<NotificationChannel>> copy = new EnumMap<>(NotificationType.class);
        channels.forEach((type, chosen) -> copy.put(type, chosen.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(chosen))));
        channels = Collections.unmodifiableMap(copy);
        digestAt = digestAt == null ? DEFAULT_DIGEST_AT : digestAt;
    }

    public static Preferences defaults(String recipientId) {
        return new Preferences(recipientId, Map.of(), null, false, DEFAULT_DIGEST_AT, null);
    }

    public Set<NotificationChannel> channelsFor(NotificationType type) {
        return channels.getOrDefault(type, DEFAULT_CHANNELS);
    }

    /**
     * What is wrong with these preferences: a mandatory type switched off, a chat channel without a
     * webhook, a webhook the policy refuses (not https, or not on an allowed chat host).
     */
    public List<Violation> violations(WebhookPolicy webhooks) {
        List<Violation> violations = new ArrayList<>();
        channels.forEach((type, chosen) -> {
            if (type.mandatory() && chosen.isEmpty()) {
                violations.add(new Violation("channels." + type.key(),
                        "is a mandatory notification and needs at least one channel", List.of()));
            }
            if (chosen.contains(NotificationChannel.CHAT_WEBHOOK) && webhook == null) {
                violations.add(new Violation("channels." + type.key(), "uses CHAT_WEBHOOK but no webhook is set",
                        chosen));
            }
        });
        if (webhook != null) {
            if (webhook.format() == null) {
                violations.add(new Violation("webhook.format", "must be SLACK or TEAMS", null));
            }
            webhooks.refusal(webhook.url())
                    .ifPresent(refusal -> violations.add(new Violation("webhook.url", refusal, webhook.url())));
        }
        if (quietHours != null && (quietHours.start() == null || quietHours.end() == null)) {
            violations.add(new Violation("quietHours", "needs both start and end", null));
        }
        return violations;
    }
}
