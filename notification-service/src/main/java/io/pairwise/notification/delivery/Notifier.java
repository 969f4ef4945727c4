package io.pairwise.notification.delivery;

import io.pairwise.notification.domain.DeliveryPlanner;
import io.pairwise.notification.domain.NotificationRequest;
import io.pairwise.notification.domain.PlannedDelivery;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.Recipient;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.notification.persistence.PreferenceStore;
import io.pairwise.notification.persistence.RecipientStore;
import io.pairwise.platform.observability.RequestContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records the deliveries of notifications, one per channel the recipient chose, before anything is sent.
 * A source (event or job run) creates each (recipient, channel) delivery at most once, however often it
 * comes again.
 */
@Component
public class Notifier {

    private final DeliveryStore deliveries;
    private final RecipientStore recipients;
    private final PreferenceStore preferences;
    private final DeliveryWorker worker;
    private final RequestContext requestContext;
    private final Clock clock;

    public Notifier(DeliveryStore deliveries, RecipientStore recipients, PreferenceStore preferences,
                    DeliveryWorker worker, RequestContext requestContext, Clock clock) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.preferences = preferences;
        this.worker = worker;
        this.requestContext = requestContext;
        this.clock = clock;
    }

    /**
     * @param sourceKey     unique per cause: the event id, or the job id with its due time
     * @param sourceEventId the event id when an event caused them, else null
     * @return how many new deliveries were recorded
     */
    public int notify(List<NotificationRequest> requests, String sourceKey, String sourceEventId) {
        Instant now = clock.instant();
        String traceparent = requestContext.currentTraceparent();
        String correlationId = requestContext.currentCorrelationId();
        int created = 0;
        for (NotificationRequest request : requests) {
            Recipient recipient = recipients.findOrUnknown(request.recipientId());
            Preferences chosen = preferences.find(request.recipientId());
            for (PlannedDelivery planned : DeliveryPlanner.plan(recipient, chosen, request.type(), now)) {
                if (deliveries.create(sourceKey, sourceEventId, request.recipientId(), planned.channel(),
                        request.type(), request.programId(), request.facts(), planned.digest(), planned.notBefore(),
                        now, traceparent, correlationId)) {
                    created++;
                }
            }
        }
        if (created > 0) {
            worker.wakeUp();
        }
        return created;
    }
}
