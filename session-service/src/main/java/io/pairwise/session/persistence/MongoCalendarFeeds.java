package io.pairwise.session.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.pairwise.session.domain.CalendarFeedRepository;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoCalendarFeeds implements CalendarFeedRepository {

    static final String COLLECTION = "calendar_feeds";

    private final MongoTemplate mongo;

    MongoCalendarFeeds(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("tokenHash"), new IndexOptions().unique(true));
    }

    @Override
    public void save(String participantId, String tokenHash, Instant createdAt) {
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", participantId),
                new Document("_id", participantId).append("tokenHash", tokenHash).append("createdAt", Date.from(createdAt)),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<String> participantFor(String tokenHash) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("tokenHash", tokenHash)).first())
                .map(doc -> doc.getString("_id"));
    }

    @Override
    public boolean remove(String participantId) {
        return mongo.getCollection(COLLECTION).deleteOne(Filters.eq("_id", participantId)).getDeletedCount() > 0;
    }
}
