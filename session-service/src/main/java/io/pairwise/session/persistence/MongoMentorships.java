package io.pairwise.session.persistence;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.session.domain.Mentorship;
import io.pairwise.session.domain.MentorshipRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoMentorships implements MentorshipRepository {

    static final String COLLECTION = "mentorships";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;

    MongoMentorships(MongoTemplate mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("memberIds", Sort.Direction.ASC));
    }

    @Override
    public Optional<Mentorship> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Mentorship.class, COLLECTION));
    }

    @Override
    public List<Mentorship> findByMember(String participantId) {
        return mongo.find(Query.query(Criteria.where("memberIds").is(participantId)).with(Sort.by("_id")),
                Mentorship.class, COLLECTION);
    }

    @Override
    public void insert(Mentorship mentorship, List<DomainEvent> events) {
        writer.insert(COLLECTION, List.of(new AggregateWriter.Pending(mentorship, events)));
    }

    @Override
    public void update(Mentorship mentorship, List<DomainEvent> events) {
        writer.update(COLLECTION, mentorship.id(), mentorship.version(), mentorship, events);
    }
}
