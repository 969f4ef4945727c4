package io.pairwise.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.contracts.notification.NotificationDelivered;
import io.pairwise.contracts.notification.NotificationFailed;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;
import io.pairwise.notification.persistence.Delivery;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.notification.persistence.PreferenceStore;
import io.pairwise.notification.persistence.RecipientStore;
import io.pairwise.platform.observability.RequestContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends pending deliveries: claims one with a lease, renders it in the recipient's language, sends it
 * through its channel's breaker and records the outcome with its event in one write guarded by the lease.
 * A transient failure is retried later with exponential back-off; a permanent one, or the last attempt,
 * fails the delivery for good. Digest e-mails due together go out as one mail.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryStore deliveries;
    private final RecipientStore recipients;
    private final PreferenceStore preferences;
    private final TemplateRenderer renderer;
    private final ChannelBreakers breakers;
    private final DeliveryProperties properties;
    private final RequestContext requestContext;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<NotificationChannel, ChannelSender> senders = new EnumMap<>(NotificationChannel.class);
    private final IntervalFunction backoff;
    private final String owner = "delivery-" + UUID.randomUUID();
    private final PollingLoop loop;

    public DeliveryWorker(DeliveryStore deliveries, RecipientStore recipients, PreferenceStore preferences,
                          TemplateRenderer renderer, ChannelBreakers breakers, List<ChannelSender> senders,
                          DeliveryProperties properties, RequestContext requestContext, Clock clock,
                          MeterRegistry meters) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.preferences = preferences;
        this.renderer = renderer;
        this.breakers = breakers;
        this.properties = properties;
        this.requestContext = requestContext;
        this.clock = clock;
        this.meters = meters;
        this.senders.putAll(senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity())));
        this.backoff = IntervalFunction.ofExponentialBackoff(properties.initialBackoff(), 2.0,
                properties.maxBackoff());
        this.loop = new PollingLoop("delivery-worker", properties.pollInterval(), this::drain);
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Looks for work now rather than at the next poll: new deliveries were just recorded. */
    public void wakeUp() {
        loop.wakeUp();
    }

    /** Sends up to a batch of due deliveries; returns how many it handled. */
    public int drain() {
        int handled = 0;
        while (handled < properties.batchSize()) {
            Optional<Delivery> next = deliveries.claimNext(owner, clock.instant(), properties.lease());
            if (next.isEmpty()) {
                break;
            }
            Delivery delivery = next.get();
            // In the trace and with the correlation id of what caused it: logs, spans and the outcome event.
            handled += requestContext.within("notification.deliver", delivery.traceparent(), delivery.correlationId(),
                    () -> process(delivery));
        }
        return handled;
    }

    private int process(Delivery first) {
        List<Delivery> batch = new ArrayList<>(List.of(first));
        if (first.digest()) {
            batch.addAll(deliveries.claimDigestCompanions(first.recipientId(), owner, clock.instant(),
                    properties.lease()));
        }
        Recipient recipient = recipients.findOrUnknown(first.recipientId());
        if (!recipient.known() && first.channel() != NotificationChannel.IN_APP) {
            // The profile may simply not have arrived yet (profile and matching events race).
            batch.forEach(delivery -> failed(delivery, new DeliveryException(FailureReason.INVALID_ADDRESS, false,
                    "recipient not known yet", null)));
            return batch.size();
        }
        CircuitBreaker breaker = breakers.of(first.channel());
        if (!breaker.tryAcquirePermission()) {
            Instant retry = clock.instant().plus(properties.breakerOpenFor().dividedBy(2));
            batch.forEach(delivery -> deliveries.release(delivery, owner, retry));
            return batch.size();
        }
        Preferences chosen = preferences.find(first.recipientId());
        List<Rendered> rendered = batch.stream()
                .map(delivery -> renderer.render(delivery.type(), recipient, delivery.facts())).toList();
        Rendered content = batch.size() == 1 ? rendered.get(0) : renderer.digest(recipient, rendered);
        long start = System.nanoTime();
        try {
            senders.get(first.channel()).send(first.id(), recipient, chosen, content);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            for (int i = 0; i < batch.size(); i++) {
                sent(batch.get(i), rendered.get(i));
            }
        } catch (DeliveryException e) {
            if (e.permanent()) {
                breaker.releasePermission();
            } else {
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            }
            batch.forEach(delivery -> failed(delivery, e));
        }
        return batch.size();
    }

    private void sent(Delivery delivery, Rendered content) {
        int attempts = delivery.attempts() + 1;
        Instant now = clock.instant();
        NotificationDelivered event = new NotificationDelivered(delivery.id(), delivery.recipientId(),
                delivery.channel(), delivery.type().key(), delivery.sourceEventId(), delivery.programId(), attempts, now);
        if (deliveries.markSent(delivery, owner, attempts, content.title(), content.body(), now, event)) {
            counter("pairwise.notifications.sent", delivery).increment();
            log.info("Delivered {} {} to {} on {} (attempt {})", delivery.type().key(), delivery.id(),
                    delivery.recipientId(), delivery.channel(), attempts);
        }
    }

    private void failed(Delivery delivery, DeliveryException e) {
        int attempts = delivery.attempts() + 1;
        Instant now = clock.instant();
        boolean last = e.permanent() || attempts >= properties.maxAttempts();
        FailureReason reason = e.permanent() || !last ? e.reason() : FailureReason.RETRIES_EXHAUSTED;
        NotificationFailed event = new NotificationFailed(delivery.id(), delivery.recipientId(), delivery.channel(),
                delivery.type().key(), delivery.sourceEventId(), delivery.programId(), attempts, reason, last, now);
        boolean recorded = last ? deliveries.markFailed(delivery, owner, attempts, reason, now, event)
                : deliveries.markRetry(delivery, owner, attempts, now.plusMillis(backoff.apply(attempts)), reason, event);
        if (recorded) {
            Counter.builder("pairwise.notifications.failed").description("Failed delivery attempts")
                    .tag("channel", delivery.channel().name()).tag("type", delivery.type().key())
                    .tag("permanent", Boolean.toString(last)).register(meters).increment();
            log.warn("Delivery {} of {} to {} on {} failed (attempt {}, {}{}): {}", delivery.id(),
                    delivery.type().key(), delivery.recipientId(), delivery.channel(), attempts, reason,
                    last ? ", permanent" : "", e.getMessage());
        }
    }

    private Counter counter(String name, Delivery delivery) {
        return Counter.builder(name).description("Notifications delivered")
                .tag("channel", delivery.channel().name()).tag("type", delivery.type().key()).register(meters);
    }
}
