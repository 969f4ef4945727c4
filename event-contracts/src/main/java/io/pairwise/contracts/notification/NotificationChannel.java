package io.pairwise.contracts.notification;

/** How a notification reaches its recipient. */
public enum NotificationChannel {
    EMAIL,
    IN_APP,
    CHAT_WEBHOOK
}
