package io.pairwise.matching.persistence;

import io.pairwise.matching.domain.lifecycle.CapacityLedger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per mentor and program: {@code capacity}, {@code free} and the slots holding places. A
 * claim is one conditional update ({@code free > 0} and the slot not yet there): the store applies it to
 * the document atomically, so of two racing claims for the last place exactly one matches.
 */
@Repository
class MongoCapacityLedger implements CapacityLedger {

    static final String COLLECTION = "mentorPlaces";

    private final MongoTemplate mongo;

    MongoCapacityLedger(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("programId", Sort.Direction.ASC));
    }

    @Override
    public void setCapacity(String programId, String mentorId, int capacity) {
        String id = id(programId, mentorId);
        while (true) {
            Document current = mongo.findById(id, Document.class, COLLECTION);
            if (current == null) {
                try {
                    mongo.insert(new Document("_id", id).append("programId", programId).append("mentorId", mentorId)
                            .append("capacity", capacity).append("free", capacity).append("holders", List.of()),
                            COLLECTION);
                    return;
                } catch (DuplicateKeyException e) {
                    continue; // created meanwhile: adjust it instead
                }
            }
            int old = current.getInteger("capacity");
            if (old == capacity) {
                return;
            }
            // conditional on the capacity read, so the free places move by exactly the change
            if (mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("capacity").is(old)),
                    new Update().set("capacity", capacity).inc("free", capacity - old), COLLECTION)
                    .getModifiedCount() == 1) {
                return;
            }
        }
    }

    @Override
    public boolean claim(String programId, String mentorId, String slot) {
        Query free = Query.query(Criteria.where("_id").is(id(programId, mentorId)).and("free").gt(0)
                .and("holders").ne(slot));
        return mongo.updateFirst(free, new Update().inc("free", -1).push("holders", slot), COLLECTION)
                .getModifiedCount() == 1;
    }

    @Override
    public void release(String programId, String mentorId, String slot) {
        Query held = Query.query(Criteria.where("_id").is(id(programId, mentorId)).and("holders").is(slot));
        mongo.updateFirst(held, new Update().inc("free", 1).pull("holders", slot), COLLECTION);
    }

    @Override
    public Map<String, Integer> free(String programId) {
        Query query = Query.query(Criteria.where("programId").is(programId));
        query.fields().include("mentorId", "free");
        Map<String, Integer> free = new HashMap<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> free.put(d.getString("mentorId"), d.getInteger("free")));
        return free;
    }

    private static String id(String programId, String mentorId) {
        return programId + "|" + mentorId;
    }
}
