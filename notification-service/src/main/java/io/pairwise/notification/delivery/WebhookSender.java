package io.pairwise.notification.delivery;

import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.ChatWebhook;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;
import io.pairwise.notification.domain.WebhookPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chat over incoming webhooks, in the format the person's tool accepts: Slack's {@code text} with
 * {@code blocks}, or a Microsoft Teams message carrying an Adaptive Card.
 */
@Component
class WebhookSender implements ChannelSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final WebhookPolicy policy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(DeliveryProperties properties) {
        this.policy = properties.webhookPolicy();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.CHAT_WEBHOOK;
    }

    @Override
    public void send(String deliveryId, Recipient recipient, Preferences preferences, Rendered content) throws DeliveryException {
        ChatWebhook webhook = preferences.webhook();
        if (webhook == null) {
            throw new DeliveryException(FailureReason.NO_CHANNEL_CONFIGURED, true, "no webhook configured", null);
        }
        // Checked again here: a webhook saved before the allow-list was narrowed is not called either.
        Optional<String> refusal = policy.refusal(webhook.url());
        if (refusal.isPresent()) {
            throw new DeliveryException(FailureReason.INVALID_ADDRESS, true, "webhook " + refusal.get(), null);
        }
        Object payload = webhook.format() == ChatWebhook.Format.SLACK ? slack(content) : teams(content);
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", deliveryId)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "webhook unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(FailureReason.CHANNEL_UNAVAILABLE, false, "interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        // 429 and 5xx pass; any other 4xx (revoked hook, bad payload) will not get better by retrying.
        boolean permanent = status >= 400 && status < 500 && status != 429;
        throw new DeliveryException(permanent ? FailureReason.REJECTED : FailureReason.CHANNEL_UNAVAILABLE, permanent,
                "webhook answered " + status, null);
    }

    static Map<String, Object> slack(Rendered content) {
        return Map.of(
                "text", content.title() + "\n" + content.body(),
                "blocks", List.of(
                        Map.of("type", "header", "text", Map.of("type", "plain_text", "text", content.title())),
                        Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", content.body()))));
    }

    static Map<String, Object> teams(Rendered content) {
        Map<String, Object> card = Map.of(
                "$schema", "http://adaptivecards.io/schemas/adaptive-card.json",
                "type", "AdaptiveCard",
                "version", "1.4",
                "body", List.of(
                        Map.of("type", "TextBlock", "text", content.title(), "weight", "Bolder", "size", "Medium",
                                "wrap", true),
                        Map.of("type", "TextBlock", "text", content.body(), "wrap", true)));
        return Map.of("type", "message", "attachments", List.of(Map.of(
                "contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
    }
}
