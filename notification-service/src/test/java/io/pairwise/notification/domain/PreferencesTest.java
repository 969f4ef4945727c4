package io.pairwise.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.notification.NotificationChannel;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void mandatoryTypesCannotBeSwitchedOff() {
        Preferences off = new Preferences("p1", Map.of(NotificationType.SESSION_CANCELLED, Set.of(),
                NotificationType.CADENCE_NUDGE, Set.of()), null, false, null, null);
        assertThat(off.violations(false)).containsExactly(new Violation("channels.session-cancelled",
                "is a mandatory notification and needs at least one channel", java.util.List.of()));
    }

    @Test
    void chatNeedsAWebhookAndProductionNeedsHttps() {
        Preferences noHook = new Preferences("p1", Map.of(NotificationType.SESSION_REMINDER,
                Set.of(NotificationChannel.CHAT_WEBHOOK)), null, false, null, null);
        assertThat(noHook.violations(false)).extracting(Violation::field).containsExactly("channels.session-reminder");

        Preferences plain = new Preferences("p1", Map.of(), null, false, null,
                new ChatWebhook(ChatWebhook.Format.SLACK, "http://hooks.example.com/x"));
        assertThat(plain.violations(false)).extracting(Violation::field).containsExactly("webhook.url");
        assertThat(plain.violations(true)).isEmpty();
        Preferences relative = new Preferences("p1", Map.of(), null, false, null,
                new ChatWebhook(ChatWebhook.Format.TEAMS, "/just/a/path"));
        assertThat(relative.violations(true)).extracting(Violation::field).containsExactly("webhook.url");
    }

    @Test
    void typesNotChosenKeepMailAndInbox() {
        assertThat(Preferences.defaults("p1").channelsFor(NotificationType.FEEDBACK_REQUEST))
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.IN_APP);
    }

    @Test
    void quietHoursRunOverMidnight() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
        assertThat(night.contains(LocalTime.of(23, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        // 02:00 in Tokyo: held until 07:00 the same morning
        assertThat(night.nextAllowed(Instant.parse("2026-05-01T17:00:00Z"), tokyo))
                .isEqualTo(Instant.parse("2026-05-01T22:00:00Z"));
        Instant noon = Instant.parse("2026-05-01T03:00:00Z");
        assertThat(night.nextAllowed(noon, tokyo)).isEqualTo(noon);
    }

    @Test
    void aDaytimeWindowHoldsUntilItsEndTheSameDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.nextAllowed(Instant.parse("2026-05-01T12:30:00Z"), ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-05-01T13:00:00Z"));
    }
}
