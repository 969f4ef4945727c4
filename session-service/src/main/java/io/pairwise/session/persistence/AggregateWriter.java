package io.pairwise.session.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.platform.outbox.Outbox;
import io.pairwise.session.domain.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes an aggregate and its pending events in one single-document operation (no transaction needed).
 * Updates set the aggregate's fields and push onto its {@code outbox} array rather than replacing the
 * document, so entries the relay has not published yet, and its lease fields, are never overwritten.
 * Each update is conditional on the version that was read (optimistic locking).
 */
@Component
class AggregateWriter {

    static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    AggregateWriter(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    void insert(String collection, List<Pending> aggregates) {
        List<Document> documents = new ArrayList<>();
        for (Pending pending : aggregates) {
            Document document = document(pending.state());
            document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(outbox.entries(pending.events())));
            documents.add(document);
        }
        try {
            mongo.getCollection(collection).insertMany(documents);
        } catch (MongoBulkWriteException e) {
            // Someone else created it first (e.g. a redelivered creation event): decide again on what is stored.
            if (e.getWriteErrors().stream().anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                throw new ConcurrentUpdateException(collection, String.valueOf(documents.getFirst().get("_id")));
            }
            throw e;
        }
    }

    /** Writes the new state if the stored version is still {@code version}; else nothing is written. */
    void update(String collection, String id, long version, Object state, List<DomainEvent> events) {
        Document document = document(state);
        document.remove("_id");
        document.put(VERSION, version + 1);
        Update update = new Update();
        document.forEach(update::set);
        // A property that became null is absent from the mapped document: remove it from the stored one too.
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(state.getClass()).forEach(property -> {
            if (!property.isIdProperty() && !document.containsKey(property.getFieldName())) {
                update.unset(property.getFieldName());
            }
        });
        if (!events.isEmpty()) {
            outbox.append(update, events.toArray(DomainEvent[]::new));
        }
        try {
            long matched = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(VERSION).is(version)), update,
                    collection).getMatchedCount();
            if (matched == 0) {
                throw new ConcurrentUpdateException(collection, id);
            }
        } catch (DuplicateKeyException e) {
            throw new ConcurrentUpdateException(collection, id);
        }
    }

    private Document document(Object state) {
        Document document = new Document();
        mongo.getConverter().write(state, document);
        document.remove("_class"); // one type per collection: no type hints needed
        return document;
    }

    /** An aggregate to insert with the events its creation caused. */
    record Pending(Object state, List<DomainEvent> events) {
    }
}
