package io.pairwise.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.notification.NotificationChannel;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryPlannerTest {

    private static final Recipient BERLIN = new Recipient("p1", "Greta", "g@example.com", "de-DE", "Europe/Berlin");
    // 23:30 in Berlin (CET, UTC+1)
    private static final Instant LATE_EVENING = Instant.parse("2026-01-15T22:30:00Z");

    @Test
    void defaultsSendByMailAndToTheInboxAtOnce() {
        List<PlannedDelivery> plan = DeliveryPlanner.plan(BERLIN, Preferences.defaults("p1"),
                NotificationType.PAIR_MATCHED, LATE_EVENING);
        assertThat(plan).containsExactly(new PlannedDelivery(NotificationChannel.EMAIL, LATE_EVENING, false),
                new PlannedDelivery(NotificationChannel.IN_APP, LATE_EVENING, false));
    }

    @Test
    void quietHoursHoldMailUntilTheyEndInTheRecipientsZoneButNotTheInbox() {
        Preferences quiet = new Preferences("p1", Map.of(), new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                false, null, null);
        List<PlannedDelivery> plan = DeliveryPlanner.plan(BERLIN, quiet, NotificationType.SESSION_SCHEDULED,
                LATE_EVENING);
        assertThat(plan).containsExactly(
                new PlannedDelivery(NotificationChannel.EMAIL, Instant.parse("2026-01-16T06:00:00Z"), false),
                new PlannedDelivery(NotificationChannel.IN_APP, LATE_EVENING, false));
    }

    @Test
    void theDigestCollectsMailsThatCanWaitButNotTimeCriticalOnes() {
        Preferences digest = new Preferences("p1", Map.of(), null, true, LocalTime.of(8, 0), null);
        assertThat(DeliveryPlanner.plan(BERLIN, digest, NotificationType.MATCH_ACCEPTED, LATE_EVENING).get(0))
                .isEqualTo(new PlannedDelivery(NotificationChannel.EMAIL, Instant.parse("2026-01-16T07:00:00Z"), true));
        assertThat(DeliveryPlanner.plan(BERLIN, digest, NotificationType.SESSION_REMINDER, LATE_EVENING).get(0))
                .isEqualTo(new PlannedDelivery(NotificationChannel.EMAIL, LATE_EVENING, false));
    }

    @Test
    void aTypeSwitchedOffPlansNothing() {
        Preferences off = new Preferences("p1", Map.of(NotificationType.CADENCE_NUDGE, Set.of()), null, false, null,
                null);
        assertThat(DeliveryPlanner.plan(BERLIN, off, NotificationType.CADENCE_NUDGE, LATE_EVENING)).isEmpty();
    }

    @Test
    void anUnknownRecipientIsPlannedInUtcAndEnglish() {
        Recipient unknown = Recipient.unknown("p9");
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.zone().getId()).isEqualTo("Z");
        assertThat(unknown.locale().getLanguage()).isEqualTo("en");
        assertThat(unknown.name()).isEqualTo("p9");
    }
}
