package io.pairwise.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.notification.domain.ChatWebhook;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    @Test
    void aStoredWebhookOutsideTheAllowListIsNeverCalled() {
        // Default hosts: a webhook saved before the list was narrowed, pointing inside the network.
        WebhookSender sender = new WebhookSender(new DeliveryProperties(null, null, 0, 0, null, null, 0, null, null,
                null, 0, false, null));
        Preferences stored = new Preferences("p1", Map.of(), null, false, null,
                new ChatWebhook(ChatWebhook.Format.SLACK, "https://10.0.0.5/hook"));

        DeliveryException refused = catchThrowableOfType(DeliveryException.class, () -> sender.send("d1",
                new Recipient("p1", "Pat", "pat@example.com", "en", "UTC"), stored, new Rendered("Title", "Body")));

        assertThat(refused.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(refused.permanent()).isTrue();
        assertThat(refused.getMessage()).contains("allowed chat host (hooks.slack.com");
    }
}
