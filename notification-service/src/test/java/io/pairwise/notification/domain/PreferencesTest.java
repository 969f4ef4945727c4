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

    private static final WebhookPolicy PRODUCTION = new WebhookPolicy(false, null);
    private static final WebhookPolicy LOCAL = new WebhookPolicy(true, java.util.List.of("hooks.example.com"));

    @Test
    void mandatoryTypesCannotBeSwitchedOff() {
        Preferences off = new Preferences("p1", Map.of(NotificationType.SESSION_CANCELLED, Set.of(),
                NotificationType.CADENCE_NUDGE, Set.of()), null, false, null, null);
        assertThat(off.violations(PRODUCTION)).containsExactly(new Violation("channels.session-cancelled",
                "is a mandatory notification and needs at least one channel", java.util.List.of()));
    }

    @Test
    void chatNeedsAWebhookAndProductionNeedsHttps() {
        Preferences noHook = new Preferences("p1", Map.of(NotificationType.SESSION_REMINDER,
                Set.of(NotificationChannel.CHAT_WEBHOOK)), null, false, null, null);
        assertThat(noHook.violations(PRODUCTION)).extracting(Violation::field).containsExactly("channels.session-reminder");

        Preferences plain = new Preferences("p1", Map.of(), null, false, null,
                new ChatWebhook(ChatWebhook.Format.SLACK, "http://hooks.example.com/x"));
        assertThat(plain.violations(PRODUCTION)).extracting(Violation::field).containsExactly("webhook.url");
        assertThat(plain.violations(LOCAL)).isEmpty();
        Preferences relative = new Preferences("p1", Map.of(), null, false, null,
                new ChatWebhook(ChatWebhook.Format.TEAMS, "/just/a/path"));
        assertThat(relative.violations(LOCAL)).extracting(Violation::field).containsExactly("webhook.url");
    }

    @Test
    void webhooksGoOnlyToTheChatToolsHosts() {
        assertThat(PRODUCTION.refusal("https://hooks.slack.com/services/T0/B0/x")).isEmpty();
        assertThat(PRODUCTION.refusal("https://acme.webhook.office.com/webhookb2/x")).isEmpty();
        assertThat(PRODUCTION.refusal("https://prod-12.westeurope.logic.azure.com:443/workflows/x")).isEmpty();
        // An address inside the company network, a look-alike domain, credentials in the URL: refused.
        assertThat(PRODUCTION.refusal("https://10.0.0.5/hook")).contains(
                "must be a webhook of an allowed chat host (hooks.slack.com, *.webhook.office.com, *.logic.azure.com, "
                        + "*.api.powerplatform.com)");
        assertThat(PRODUCTION.refusal("https://evilwebhook.office.com/x")).isPresent();
        assertThat(PRODUCTION.refusal("https://hooks.slack.com.attacker.example/x")).isPresent();
        assertThat(PRODUCTION.refusal("https://user@hooks.slack.com/x")).contains("must be an absolute https URL");
        assertThat(PRODUCTION.refusal("http://hooks.slack.com/x")).contains("must be an absolute https URL");
        assertThat(PRODUCTION.refusal("not a url")).isPresent();
        assertThat(LOCAL.refusal("http://HOOKS.example.com/x")).isEmpty();
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
