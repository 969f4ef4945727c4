package io.pairwise.platform.identity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Which participant a login belongs to, in this service's own database, kept from profile events: a
 * token's subject is the person's login (profile's {@code userName}, what the identity provider
 * issues), while every event names people by participant id. Newer facts win; an older event arriving
 * late changes nothing.
 */
public class ParticipantLogins {

    static final String COLLECTION = "participant_logins";

    private final MongoTemplate mongo;

    public ParticipantLogins(MongoTemplate mongo) {
        this.mongo = mongo;
        collection().createIndex(Indexes.ascending("login"));
    }

    /** Records (or, with a null login, forgets) the participant's login as of {@code at}. */
    public void record(String participantId, String login, Instant at) {
        try {
            collection().updateOne(
                    Filters.and(Filters.eq("_id", participantId),
                            Filters.or(Filters.lte("at", Date.from(at)), Filters.exists("at", false))),
                    login == null
                            ? Updates.combine(Updates.unset("login"), Updates.set("at", Date.from(at)))
                            : Updates.combine(Updates.set("login", login), Updates.set("at", Date.from(at))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The document exists with a newer fact: the upsert's insert collided with it, nothing to change.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public void forget(String participantId) {
        collection().deleteOne(Filters.eq("_id", participantId));
    }

    /** The participant with this login; the most recently recorded one should a login ever have moved. */
    public Optional<String> participantFor(String login) {
        Document found = collection().find(Filters.eq("login", login)).sort(Sorts.descending("at")).limit(1).first();
        return Optional.ofNullable(found).map(d -> d.getString("_id"));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
