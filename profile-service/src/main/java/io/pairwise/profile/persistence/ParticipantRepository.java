package io.pairwise.profile.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.platform.outbox.AggregateWrites;
import io.pairwise.platform.outbox.Outbox;
import io.pairwise.profile.domain.Page;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantChange;
import io.pairwise.profile.domain.ParticipantSearch;
import io.pairwise.profile.domain.ParticipantStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
public class ParticipantRepository implements InitializingBean {

    /** Deeper chains than this are cycles in HR data, not organisations. */
    private static final int MAX_CHAIN = 20;

    private final MongoTemplate mongo;
    private final AggregateWrites writes;
    private final Outbox outbox;

    ParticipantRepository(MongoTemplate mongo, AggregateWrites writes, Outbox outbox) {
        this.mongo = mongo;
        this.writes = writes;
        this.outbox = outbox;
    }

    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(ParticipantDocument.class);
        // Sparse: erased participants have no identifiers left, and must not collide on a missing one.
        indexes.createIndex(new Index().on("employeeId", Sort.Direction.ASC).unique().sparse());
        indexes.createIndex(new Index().on("userName", Sort.Direction.ASC).unique().sparse());
        indexes.createIndex(new Index().on("externalId", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index().on("enrollments.programId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("keys.department", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("keys.expertise.skill", Sort.Direction.ASC));
    }

    public Optional<Participant> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ParticipantDocument.class)).map(ParticipantDocument::toParticipant);
    }

    public Optional<Participant> findByUserName(String userName) {
        return findOne(where("userName").is(userName));
    }

    public Optional<Participant> findByEmployeeId(String employeeId) {
        return findOne(where("employeeId").is(employeeId));
    }

    public Optional<Participant> findByExternalId(String externalId) {
        return findOne(where("externalId").is(externalId));
    }

    public Map<String, Participant> findByEmployeeIds(Collection<String> employeeIds) {
        return mongo.find(Query.query(where("employeeId").in(employeeIds)), ParticipantDocument.class).stream()
                .map(ParticipantDocument::toParticipant)
                .collect(Collectors.toMap(Participant::employeeId, Function.identity()));
    }

    /** Who holds each of these user names, as user name to employee id. */
    public Map<String, String> employeeIdsOfUserNames(Collection<String> userNames) {
        Query query = Query.query(where("userName").in(userNames));
        query.fields().include("userName", "employeeId");
        return mongo.find(query, Document.class, ParticipantDocument.COLLECTION).stream()
                .collect(Collectors.toMap(found -> found.getString("userName"), found -> found.getString("employeeId")));
    }

    /** Inserts a new participant with its events; a taken employee id or user name fails with {@link DuplicateKeyException}. */
    public void insert(Participant participant, List<? extends DomainEvent> events) {
        mongo.insert(ParticipantDocument.of(participant, new ArrayList<>(outbox.entries(events))));
    }

    /**
     * Inserts new participants in bulk (they carry no events). Returns those that clashed with an
     * existing employee id or user name, e.g. because someone provisioned them meanwhile.
     */
    public List<Participant> insertAll(List<Participant> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        List<ParticipantDocument> documents = participants.stream()
                .map(p -> ParticipantDocument.of(p, List.of())).toList();
        try {
            mongo.bulkOps(BulkMode.UNORDERED, ParticipantDocument.class).insert(documents).execute();
            return List.of();
        } catch (BulkOperationException e) {
            List<Participant> clashed = new ArrayList<>();
            e.getErrors().forEach(error -> {
                if (error.getCode() != 11000) {
                    throw e;
                }
                clashed.add(participants.get(error.getIndex()));
            });
            return clashed;
        }
    }

    /** Writes the change and its events at once; fails if the participant changed since it was read. */
    public void save(ParticipantChange change, List<? extends DomainEvent> events) {
        Participant after = change.after();
        String collection = mongo.getCollectionName(ParticipantDocument.class);
        if (change.erased()) {
            // Events still waiting carry the personal data being erased.
            writes.updateDroppingWaitingEvents(collection, ParticipantDocument.of(after, null), after.id(),
                    change.before().version(), events);
        } else {
            writes.update(collection, ParticipantDocument.of(after, null), after.id(), change.before().version(), events);
        }
    }

    public boolean anyEnrolledIn(String programId) {
        return mongo.exists(Query.query(where("enrollments.programId").is(programId)), ParticipantDocument.class);
    }

    /**
     * Employee ids of every manager above the participant, direct manager first, as far as the
     * directory knows them. A manager who is not (yet) in the directory ends the chain.
     */
    public List<String> reportingChain(Participant participant) {
        List<String> chain = new ArrayList<>();
        String manager = participant.profile().managerEmployeeId();
        while (manager != null && chain.size() < MAX_CHAIN && !chain.contains(manager)
                && !manager.equals(participant.employeeId())) {
            chain.add(manager);
            Query query = Query.query(where("employeeId").is(manager));
            query.fields().include("profile.managerEmployeeId");
            Document found = mongo.findOne(query, Document.class, ParticipantDocument.COLLECTION);
            Document profile = found == null ? null : found.get("profile", Document.class);
            manager = profile == null ? null : profile.getString("managerEmployeeId");
        }
        return chain;
    }

    public Page<Participant> search(ParticipantSearch search, String cursor, int limit) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(where("status").ne(ParticipantStatus.ERASED));
        Criteria enrollment = new Criteria();
        boolean byEnrollment = false;
        if (search.scope() != null) {
            Set<String> programs = new HashSet<>(search.scope());
            if (search.programId() != null) {
                programs.retainAll(Set.of(search.programId()));
            }
            if (programs.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            enrollment.and("programId").in(programs);
            byEnrollment = true;
        } else if (search.programId() != null) {
            enrollment.and("programId").is(search.programId());
            byEnrollment = true;
        }
        if (search.role() != null) {
            enrollment.and("role").is(search.role());
            byEnrollment = true;
        }
        if (byEnrollment) {
            criteria.add(where("enrollments").elemMatch(enrollment));
        }
        if (search.skill() != null) {
            criteria.add(where("keys.expertise").elemMatch(where("skill").is(ParticipantDocument.lower(search.skill()))
                    .and("level").gte(search.minLevel() == null ? 1 : search.minLevel())));
        }
        if (search.department() != null) {
            criteria.add(where("keys.department").is(ParticipantDocument.lower(search.department())));
        }
        if (cursor != null) {
            criteria.add(where("_id").gt(Cursors.decode(cursor)));
        }
        Query query = Query.query(new Criteria().andOperator(criteria)).with(Sort.by("_id")).limit(limit + 1);
        query.fields().exclude(Outbox.FIELD);
        List<Participant> found = mongo.find(query, ParticipantDocument.class).stream()
                .map(ParticipantDocument::toParticipant).toList();
        return Cursors.page(found, limit, Participant::id);
    }

    /** Participants not erased, in id order, for listings by offset (SCIM pages by index). */
    public List<Participant> listByOffset(int offset, int count) {
        Query query = Query.query(where("status").ne(ParticipantStatus.ERASED)).with(Sort.by("_id"))
                .skip(offset).limit(count);
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, ParticipantDocument.class).stream().map(ParticipantDocument::toParticipant).toList();
    }

    public long countNotErased() {
        return mongo.count(Query.query(where("status").ne(ParticipantStatus.ERASED)), ParticipantDocument.class);
    }

    private Optional<Participant> findOne(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), ParticipantDocument.class))
                .map(ParticipantDocument::toParticipant);
    }
}
