package io.pairwise.platform.outbox;

import io.pairwise.contracts.DomainEvent;
import java.util.List;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate's new state and its events as one atomic update of its document, guarded by the
 * version that was read. The document is never replaced: the relay removes published entries from it
 * and holds its lease on it, and a replace would undo both. The aggregate keeps its version in a field
 * named {@value #VERSION}.
 */
public class AggregateWrites {

    public static final String VERSION = "version";
    /** Fields the state update leaves alone: identity, the version it increments, and the relay's. */
    private static final Set<String> NOT_STATE = Set.of("_id", VERSION, Outbox.FIELD, OutboxRelay.LEASE_OWNER,
            OutboxRelay.LEASE_UNTIL);

    private final MongoTemplate mongo;
    private final Outbox outbox;

    public AggregateWrites(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * Sets every state field of {@code state} (absent ones are unset, so removed data really goes),
     * increments the version and appends the events, if the stored version is still
     * {@code expectedVersion}; otherwise writes nothing and throws {@link OptimisticLockingFailureException}.
     */
    public void update(String collection, Object state, String id, long expectedVersion,
                       List<? extends DomainEvent> events) {
        Update update = stateOf(state);
        if (!events.isEmpty()) {
            update.push(Outbox.FIELD).each(outbox.entries(events).toArray());
        }
        write(collection, state, id, expectedVersion, update);
    }

    /**
     * As {@link #update}, but drops the entries still waiting in the outbox: for erasure, whose
     * unpublished events carry the personal data being erased.
     */
    public void updateDroppingWaitingEvents(String collection, Object state, String id, long expectedVersion,
                                            List<? extends DomainEvent> events) {
        Update update = stateOf(state);
        update.set(Outbox.FIELD, outbox.entries(events));
        write(collection, state, id, expectedVersion, update);
    }

    private void write(String collection, Object state, String id, long expectedVersion, Update update) {
        Query current = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(state.getClass().getSimpleName() + " " + id
                    + " was changed by someone else meanwhile");
        }
    }

    private Update stateOf(Object state) {
        org.bson.Document written = new org.bson.Document();
        mongo.getConverter().write(state, written);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(state.getClass());
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
