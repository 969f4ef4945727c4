package io.pairwise.profile.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Who is in a mentorship with whom, as matching-service's events tell it: the read model behind
 * partners seeing each other's public profile. Holds ids only.
 */
@Repository
public class PartnershipRepository implements InitializingBean {

    private final MongoTemplate mongo;

    PartnershipRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param open true while the mentorship is proposed, active or paused */
    @Document("partnerships")
    record Partnership(@Id String mentorshipId, String programId, List<String> memberIds, boolean open,
                       Instant updatedAt) {
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(Partnership.class).createIndex(new Index().on("memberIds", Sort.Direction.ASC));
    }

    /** Records the mentorship's members and whether it is open; safe to repeat (redelivered events). */
    public void record(String mentorshipId, String programId, List<String> memberIds, boolean open, Instant at) {
        mongo.upsert(Query.query(where("_id").is(mentorshipId)),
                new Update().set("programId", programId).set("memberIds", List.copyOf(memberIds)).set("open", open)
                        .set("updatedAt", at), Partnership.class);
    }

    public boolean arePartners(String participantId, String otherId) {
        return mongo.exists(Query.query(where("memberIds").all(participantId, otherId).and("open").is(true)),
                Partnership.class);
    }
}
