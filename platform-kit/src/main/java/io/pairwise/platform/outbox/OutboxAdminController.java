package io.pairwise.platform.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators see what has not gone out yet and resubmit entries that gave up. */
@RestController
@RequestMapping("/admin/outbox")
@PreAuthorize("hasRole('OPERATOR')")
@Tag(name = "Operations: outbox")
public class OutboxAdminController {

    private final MongoTemplate mongo;
    private final OutboxProperties properties;
    private final OutboxRelay relay;
    private final Clock clock;

    public OutboxAdminController(MongoTemplate mongo, OutboxProperties properties, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.relay = relay;
        this.clock = clock;
    }

    public record OutboxItem(String collection, String aggregateId, String eventId, String type, OutboxStatus status,
                             int attempts, String lastError, java.time.Instant occurredAt, java.time.Instant nextAttemptAt) {
    }

    @GetMapping
    @Operation(summary = "Events written but not yet published (pending, failed or resubmitted)")
    public List<OutboxItem> list(@RequestParam(required = false) OutboxStatus status,
                                 @RequestParam(defaultValue = "100") int limit) {
        List<OutboxItem> items = new ArrayList<>();
        int max = Math.clamp(limit, 1, 1000);
        for (String collection : properties.collections()) {
            var filter = status == null
                    ? Filters.exists(Outbox.FIELD + ".0")
                    : Filters.eq(Outbox.FIELD + "." + OutboxEntry.FIELD_STATUS, status.name());
            for (Document doc : mongo.getCollection(collection).find(filter).limit(max)) {
                for (Document stored : doc.getList(Outbox.FIELD, Document.class)) {
                    OutboxEntry entry = mongo.getConverter().read(OutboxEntry.class, stored);
                    if (items.size() < max && (status == null || entry.status() == status)) {
                        items.add(new OutboxItem(collection, String.valueOf(doc.get("_id")), entry.eventId(), entry.type(),
                                entry.status(), entry.attempts(), entry.lastError(), entry.occurredAt(), entry.nextAttemptAt()));
                    }
                }
            }
        }
        return items;
    }

    @PostMapping("/{eventId}/resubmit")
    @Operation(summary = "Gives a failed event another round of publish attempts")
    public OutboxItem resubmit(@PathVariable String eventId) {
        var failed = Filters.elemMatch(Outbox.FIELD, Filters.and(
                Filters.eq(OutboxEntry.FIELD_ID, eventId), Filters.eq(OutboxEntry.FIELD_STATUS, OutboxStatus.FAILED.name())));
        String element = Outbox.FIELD + ".$.";
        for (String collection : properties.collections()) {
            var documents = mongo.getCollection(collection);
            Document doc = documents.find(failed).first();
            if (doc == null) {
                continue;
            }
            OutboxEntry entry = doc.getList(Outbox.FIELD, Document.class).stream()
                    .map(stored -> mongo.getConverter().read(OutboxEntry.class, stored))
                    .filter(e -> e.eventId().equals(eventId)).findFirst().orElseThrow();
            var now = clock.instant();
            long modified = documents.updateOne(failed, Updates.combine(
                    Updates.set(element + OutboxEntry.FIELD_STATUS, OutboxStatus.RESUBMITTED.name()),
                    Updates.set(element + "attempts", 0),
                    Updates.set(element + OutboxEntry.FIELD_NEXT_ATTEMPT, Date.from(now)))).getModifiedCount();
            if (modified > 0) {
                relay.wakeUp();
                return new OutboxItem(collection, String.valueOf(doc.get("_id")), eventId, entry.type(),
                        OutboxStatus.RESUBMITTED, 0, entry.lastError(), entry.occurredAt(), now);
            }
        }
        throw new ResourceNotFoundException("failed outbox event", eventId);
    }
}
