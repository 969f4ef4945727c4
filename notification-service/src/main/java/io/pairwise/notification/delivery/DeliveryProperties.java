package io.pairwise.notification.delivery;

import io.pairwise.notification.domain.WebhookPolicy;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries and jobs run.
 *
 * @param pollInterval        how often workers look for due deliveries and jobs when nothing woke them
 * @param lease               how long a worker owns what it claimed; a crashed worker's claims free up after it
 * @param maxAttempts         attempts before a delivery is failed for good
 * @param initialBackoff      wait after the first failed attempt, doubling up to {@code maxBackoff}
 * @param breakerMinimumCalls calls a channel's breaker looks at before it may open
 * @param breakerOpenFor      how long an open breaker lets nothing through before it tries again
 * @param reminderLeadTimes   reminders before each session
 * @param matchRequestNudgeAfter how long a proposal waits for an answer before the nudge
 * @param plannedEndNudgeDays days before a planned end that its nudge goes out
 * @param plainHttpWebhooks   allows http:// webhooks (tests and local runs); production needs https
 * @param webhookHosts        the hosts chat webhooks may point at ({@code *.domain} for a whole domain);
 *                            by default Slack's and Microsoft Teams'
 */
@ConfigurationProperties("pairwise.notifications")
public record DeliveryProperties(Duration pollInterval, Duration lease, int batchSize, int maxAttempts,
                                 Duration initialBackoff, Duration maxBackoff, int breakerMinimumCalls,
                                 Duration breakerOpenFor, List<Duration> reminderLeadTimes,
                                 Duration matchRequestNudgeAfter, int plannedEndNudgeDays, boolean plainHttpWebhooks,
                                 List<String> webhookHosts) {

    public DeliveryProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(1) : lease;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        breakerMinimumCalls = breakerMinimumCalls <= 0 ? 5 : breakerMinimumCalls;
        breakerOpenFor = breakerOpenFor == null ? Duration.ofSeconds(60) : breakerOpenFor;
        reminderLeadTimes = reminderLeadTimes == null || reminderLeadTimes.isEmpty()
                ? List.of(Duration.ofHours(24), Duration.ofHours(1)) : List.copyOf(reminderLeadTimes);
        matchRequestNudgeAfter = matchRequestNudgeAfter == null ? Duration.ofDays(3) : matchRequestNudgeAfter;
        plannedEndNudgeDays = plannedEndNudgeDays <= 0 ? 14 : plannedEndNudgeDays;
        // None given: the policy's own default, Slack's and Microsoft Teams' hosts (WebhookPolicy.CHAT_HOSTS).
        webhookHosts = webhookHosts == null ? List.of() : List.copyOf(webhookHosts);
    }

    public WebhookPolicy webhookPolicy() {
        return new WebhookPolicy(plainHttpWebhooks, webhookHosts);
    }
}
