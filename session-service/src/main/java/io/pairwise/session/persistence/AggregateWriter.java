package io.pairwise.session.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.platform.outbox.AggregateWrites;
import io.pairwise.platform.outbox.Outbox;
import io.pairwise.session.domain.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an aggregate and its pending events in one single-document operation (no transaction needed):
 * inserts here, updates through the kit's {@link AggregateWrites} (guarded by the version read, never a
 * replace), with a lost race reported as the domain's {@link ConcurrentUpdateException}.
 */
@Component
class AggregateWriter {

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final AggregateWrites writes;

    AggregateWriter(MongoTemplate mongo, Outbox outbox, AggregateWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
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
        try {
            writes.update(collection, state, id, version, events);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
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
