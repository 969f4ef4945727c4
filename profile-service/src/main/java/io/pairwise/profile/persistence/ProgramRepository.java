package io.pairwise.profile.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.platform.outbox.AggregateWrites;
import io.pairwise.platform.outbox.Outbox;
import io.pairwise.profile.domain.Page;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.ProgramStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
public class ProgramRepository implements InitializingBean {

    private static final String OWNERS = "settings.ownerIds";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;
    private final Outbox outbox;

    ProgramRepository(MongoTemplate mongo, AggregateWrites writes, Outbox outbox) {
        this.mongo = mongo;
        this.writes = writes;
        this.outbox = outbox;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(ProgramDocument.class).createIndex(new Index().on(OWNERS, Sort.Direction.ASC));
    }

    public Optional<Program> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ProgramDocument.class)).map(ProgramDocument::toProgram);
    }

    public Map<String, Program> findAllById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return find(Query.query(where("_id").in(ids))).stream()
                .collect(Collectors.toMap(Program::id, Function.identity()));
    }

    /** Every program still open; an organisation runs dozens, not thousands. */
    public Map<String, Program> findActive() {
        return find(Query.query(where("status").is(ProgramStatus.ACTIVE))).stream()
                .collect(Collectors.toMap(Program::id, Function.identity()));
    }

    public Set<String> idsOwnedBy(String subject) {
        Query query = Query.query(where(OWNERS).is(subject));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ProgramDocument.COLLECTION).stream().map(found -> found.getString("_id"))
                .collect(Collectors.toSet());
    }

    public void insert(Program program, List<? extends DomainEvent> events) {
        mongo.insert(ProgramDocument.of(program, new ArrayList<>(outbox.entries(events))));
    }

    /** Writes the new state with its events; fails if the program changed since {@code before} was read. */
    public void save(Program before, Program after, List<? extends DomainEvent> events) {
        writes.update(mongo.getCollectionName(ProgramDocument.class), ProgramDocument.of(after, null), after.id(),
                before.version(), events);
    }

    /**
     * @param owner  only programs this subject owns; null for every program
     * @param status only programs in this state; null for both
     */
    public Page<Program> list(String owner, ProgramStatus status, String cursor, int limit) {
        List<Criteria> criteria = new ArrayList<>();
        if (owner != null) {
            criteria.add(where(OWNERS).is(owner));
        }
        if (status != null) {
            criteria.add(where("status").is(status));
        }
        if (cursor != null) {
            criteria.add(where("_id").gt(Cursors.decode(cursor)));
        }
        Criteria all = criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria);
        List<Program> found = find(Query.query(all).with(Sort.by("_id")).limit(limit + 1));
        return Cursors.page(found, limit, Program::id);
    }

    private List<Program> find(Query query) {
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, ProgramDocument.class).stream().map(ProgramDocument::toProgram).toList();
    }
}
