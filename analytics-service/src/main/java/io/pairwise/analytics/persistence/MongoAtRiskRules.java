package io.pairwise.analytics.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import io.pairwise.analytics.domain.AtRiskRules;
import io.pairwise.analytics.domain.AtRiskRulesStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Program owners' settings: outside the generations, a rebuild leaves them alone. */
@Component
public class MongoAtRiskRules implements AtRiskRulesStore {

    static final String COLLECTION = "at_risk_rules";

    private final MongoTemplate mongo;

    public MongoAtRiskRules(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public AtRiskRules of(String programId) {
        Document d = collection().find(eq("_id", programId)).first();
        if (d == null) {
            return AtRiskRules.DEFAULTS;
        }
        return new AtRiskRules(d.getBoolean("noRecentSession"), d.getDouble("cadenceGraceFactor"),
                d.getBoolean("fallingRatings"), d.getInteger("ratingWindow"), d.getDouble("ratingDrop"),
                d.getBoolean("unansweredRequests"), d.getInteger("unansweredDays"),
                d.getBoolean("firstSessionOverdue"), d.getInteger("firstSessionDays"));
    }

    @Override
    public void save(String programId, AtRiskRules rules) {
        collection().replaceOne(eq("_id", programId), new Document("_id", programId)
                .append("noRecentSession", rules.noRecentSession())
                .append("cadenceGraceFactor", rules.cadenceGraceFactor())
                .append("fallingRatings", rules.fallingRatings())
                .append("ratingWindow", rules.ratingWindow())
                .append("ratingDrop", rules.ratingDrop())
                .append("unansweredRequests", rules.unansweredRequests())
                .append("unansweredDays", rules.unansweredDays())
                .append("firstSessionOverdue", rules.firstSessionOverdue())
                .append("firstSessionDays", rules.firstSessionDays()), new ReplaceOptions().upsert(true));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
