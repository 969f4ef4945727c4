package io.pairwise.notification.persistence;

import io.pairwise.contracts.profile.ProgramSnapshot;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code programs} read model: a program's name and owners, for announcements. */
@Component
public class ProgramStore {

    static final String COLLECTION = "programs";

    private final MongoTemplate mongo;

    public ProgramStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Program(String id, String name, List<String> ownerIds) {
    }

    public void save(String programId, ProgramSnapshot program) {
        mongo.upsert(Query.query(Criteria.where("_id").is(programId)),
                new Update().set("name", program.name()).set("ownerIds", program.ownerIds()), COLLECTION);
    }

    public Optional<Program> find(String programId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(programId)), Document.class,
                COLLECTION)).map(d -> new Program(d.getString("_id"), d.getString("name"),
                d.getList("ownerIds", String.class, List.of())));
    }
}
