package io.pairwise.profile.persistence;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.platform.outbox.Outbox;
import java.util.List;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes an aggregate's new state and its events as one atomic update of its document, guarded by
 * the version read. The document is never replaced: the outbox relay pulls published entries and
 * holds its lease on the same document, and a replace would undo both.
 */
@Component
class AggregateWrites {

    static final String VERSION = "version";
    /** Fields the state update leaves alone: identity, the version it increments, and the relay's. */
    private static final Set<String> NOT_STATE = Set.of("_id", VERSION, Outbox.FIELD);

    private final MongoTemplate mongo;
    private final Outbox outbox;

    AggregateWrites(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * Sets every state field of {@code document} (absent ones are unset, so erased data really goes),
     * increments the version and appends the events, if the stored version is still {@code expectedVersion}.
     *
     * @param replaceOutbox true drops entries still waiting in the outbox; only erasure wants that, as
     *                      unpublished events carry the personal data being erased
     */
    void update(Object document, String id, long expectedVersion, List<? extends DomainEvent> events,
                boolean replaceOutbox) {
        Update update = stateOf(document);
        if (replaceOutbox) {
            update.set(Outbox.FIELD, outbox.entries(events));
        } else if (!events.isEmpty()) {
            update.push(Outbox.FIELD).each(outbox.entries(events).toArray());
        }
        Query current = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        if (mongo.updateFirst(current, update, document.getClass()).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(document.getClass().getSimpleName() + " " + id
                    + " was changed by someone else meanwhile");
        }
    }

    private Update stateOf(Object document) {
        org.bson.Document written = new org.bson.Document();
        mongo.getConverter().write(document, written);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(document.getClass());
        Update update = new Update();
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (NOT_STATE.contains(field)) {
                continue;
            }
            Object value = written.get(field);
            if (value == null) {
                update.unset(field);
            } else {
                update.set(field, value);
            }
        }
        return update.inc(VERSION, 1);
    }
}
