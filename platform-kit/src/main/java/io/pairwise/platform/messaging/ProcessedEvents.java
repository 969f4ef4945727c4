package io.pairwise.platform.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The ids of events this service has handled, so a redelivered or replayed event changes nothing.
 * They are kept (small documents): a TTL index would age them out on real MongoDB, but the embedded
 * store never expires TTL indexes.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean contains(String eventId) {
        return collection().find(Filters.eq("_id", eventId)).limit(1).first() != null;
    }

    public void markProcessed(String eventId, String type) {
        try {
            collection().insertOne(new Document("_id", eventId).append("type", type)
                    .append("processedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            // Another instance of this service finished the same event first: nothing to record.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
