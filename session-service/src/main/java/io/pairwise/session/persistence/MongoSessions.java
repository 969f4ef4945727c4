package io.pairwise.session.persistence;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.session.domain.Change;
import io.pairwise.session.domain.Session;
import io.pairwise.session.domain.SessionRepository;
import io.pairwise.session.domain.SessionStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoSessions implements SessionRepository {

    static final String COLLECTION = "sessions";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    MongoSessions(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("mentorshipId", Sort.Direction.ASC).on("startsAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("memberIds", Sort.Direction.ASC).on("startsAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("endsAt", Sort.Direction.ASC));
    }

    @Override
    public Optional<Session> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Session.class, COLLECTION));
    }

    @Override
    public List<Session> findByMentorship(String mentorshipId, SessionStatus status, Instant from, Instant to, int limit) {
        Criteria criteria = Criteria.where("mentorshipId").is(mentorshipId);
        if (status != null) {
            criteria.and("status").is(status);
        }
        startsWithin(criteria, from, to);
        return mongo.find(Query.query(criteria).with(Sort.by("startsAt")).limit(limit), Session.class, COLLECTION);
    }

    @Override
    public List<Session> findScheduledOverlapping(Collection<String> participantIds, Instant from, Instant to) {
        Criteria criteria = Criteria.where("memberIds").in(participantIds).and("status").is(SessionStatus.SCHEDULED)
                .and("startsAt").lt(to).and("endsAt").gt(from);
        return mongo.find(Query.query(criteria), Session.class, COLLECTION);
    }

    @Override
    public List<Session> findByMember(String participantId, Instant since, int limit) {
        Criteria criteria = Criteria.where("memberIds").is(participantId);
        startsWithin(criteria, since, null);
        return mongo.find(Query.query(criteria).with(Sort.by("startsAt")).limit(limit), Session.class, COLLECTION);
    }

    @Override
    public Optional<Session> lastHeld(String mentorshipId) {
        Query query = Query.query(Criteria.where("mentorshipId").is(mentorshipId).and("status").is(SessionStatus.HELD))
                .with(Sort.by(Sort.Direction.DESC, "startsAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Session.class, COLLECTION));
    }

    @Override
    public Optional<Session> nextScheduled(String mentorshipId, Instant after) {
        Query query = Query.query(Criteria.where("mentorshipId").is(mentorshipId).and("status").is(SessionStatus.SCHEDULED)
                .and("startsAt").gt(after)).with(Sort.by("startsAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Session.class, COLLECTION));
    }

    @Override
    public Map<SessionStatus, Long> countByStatus(String mentorshipId) {
        // Four counts instead of a $group: cheap on the mentorship index and portable to every store.
        Map<SessionStatus, Long> counts = new EnumMap<>(SessionStatus.class);
        for (SessionStatus status : SessionStatus.values()) {
            counts.put(status, mongo.count(Query.query(Criteria.where("mentorshipId").is(mentorshipId)
                    .and("status").is(status)), COLLECTION));
        }
        return counts;
    }

    @Override
    public List<Session> findScheduledEndedBefore(Instant cutoff, int limit) {
        Query query = Query.query(Criteria.where("status").is(SessionStatus.SCHEDULED).and("endsAt").lt(cutoff))
                .with(Sort.by("endsAt")).limit(limit);
        return mongo.find(query, Session.class, COLLECTION);
    }

    @Override
    public void insert(List<Change<Session>> created) {
        writer.insert(COLLECTION, created.stream()
                .map(change -> new AggregateWriter.Pending(change.state(), change.events())).toList());
    }

    @Override
    public void update(Session session, List<DomainEvent> events) {
        writer.update(COLLECTION, session.id(), session.version(), session, events);
    }

    private static void startsWithin(Criteria criteria, Instant from, Instant to) {
        if (from != null && to != null) {
            criteria.and("startsAt").gte(from).lt(to);
        } else if (from != null) {
            criteria.and("startsAt").gte(from);
        } else if (to != null) {
            criteria.and("startsAt").lt(to);
        }
    }
}
