package io.pairwise.matching.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.matching.domain.lifecycle.ConcurrentUpdateException;
import io.pairwise.matching.domain.lifecycle.Mentorship;
import io.pairwise.matching.domain.lifecycle.MentorshipStatus;
import io.pairwise.matching.domain.lifecycle.Mentorships;
import io.pairwise.platform.outbox.AggregateWrites;
import io.pairwise.platform.outbox.Outbox;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Mentorships, one document each, with their pending events in the document's outbox. */
@Repository
class MongoMentorships implements Mentorships {

    static final String COLLECTION = "mentorships";

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final AggregateWrites writes;

    MongoMentorships(MongoTemplate mongo, Outbox outbox, AggregateWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("memberIds", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("programId", Sort.Direction.ASC).on("memberIds", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("expiresAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("plannedEndDate", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("successorPending", Sort.Direction.ASC));
    }

    @Override
    public Optional<Mentorship> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Mentorship.class, COLLECTION));
    }

    @Override
    public void insert(Mentorship mentorship, List<DomainEvent> events) {
        Document document = new Document();
        mongo.getConverter().write(mentorship, document);
        document.remove("_class");
        document.put(Outbox.FIELD, mongo.getConverter().convertToMongoType(outbox.entries(events)));
        try {
            mongo.getCollection(COLLECTION).insertOne(document);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new ConcurrentUpdateException("Mentorship", mentorship.id());
            }
            throw e;
        }
    }

    @Override
    public void update(Mentorship mentorship, List<DomainEvent> events) {
        try {
            writes.update(COLLECTION, mentorship, mentorship.id(), mentorship.version(), events);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentUpdateException("Mentorship", mentorship.id());
        }
    }

    @Override
    public List<Mentorship> ofMember(String participantId) {
        return find(Criteria.where("memberIds").is(participantId), Sort.by("proposedAt", "_id"), 0);
    }

    @Override
    public List<Mentorship> ofProgram(String programId) {
        return find(Criteria.where("programId").is(programId), Sort.by("_id"), 0);
    }

    @Override
    public List<Mentorship> ofProgramMember(String programId, String participantId) {
        return find(Criteria.where("programId").is(programId).and("memberIds").is(participantId),
                Sort.by("proposedAt", "_id"), 0);
    }

    @Override
    public List<Mentorship> proposalsDue(Instant now, int limit) {
        return find(Criteria.where("status").is(MentorshipStatus.PROPOSED.name()).and("expiresAt").lte(now),
                Sort.by("expiresAt"), limit);
    }

    @Override
    public List<Mentorship> successorsPending(Instant closedBefore, int limit) {
        return find(Criteria.where("successorPending").is(true).and("endedAt").lt(closedBefore), Sort.by("endedAt"),
                limit);
    }

    @Override
    public List<Mentorship> dueToComplete(LocalDate today, int limit) {
        return find(Criteria.where("status").in(MentorshipStatus.ACTIVE.name(), MentorshipStatus.PAUSED.name())
                .and("plannedEndDate").lt(today), Sort.by("plannedEndDate"), limit);
    }

    @Override
    public Optional<Mentorship> nextQueued(String programId, String menteeId) {
        return find(Criteria.where("programId").is(programId).and("menteeIds").is(menteeId)
                .and("status").is(MentorshipStatus.QUEUED.name()), Sort.by("rank"), 1).stream().findFirst();
    }

    private List<Mentorship> find(Criteria criteria, Sort sort, int limit) {
        Query query = Query.query(criteria).with(sort);
        if (limit > 0) {
            query.limit(limit);
        }
        return mongo.find(query, Mentorship.class, COLLECTION);
    }
}
