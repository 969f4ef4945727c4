package io.pairwise.analytics.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import io.pairwise.analytics.domain.Rebuild;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The record of each rebuild and its progress. */
@Component
public class MongoRebuilds {

    static final String COLLECTION = "analytics_rebuilds";

    private final MongoTemplate mongo;

    public MongoRebuilds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insert(Rebuild rebuild) {
        collection().insertOne(new Document("_id", rebuild.id()).append("status", rebuild.status().name())
                .append("generation", rebuild.generation()).append("eventsRead", rebuild.eventsRead())
                .append("eventsTotal", rebuild.eventsTotal()).append("startedAt", Date.from(rebuild.startedAt()))
                .append("requestedBy", rebuild.requestedBy()));
    }

    /** Progress, with a heartbeat so a rebuild whose process died can be told from a slow one. */
    public void progress(String id, long read, Instant at) {
        collection().updateOne(eq("_id", id), combine(set("eventsRead", read), set("heartbeatAt", Date.from(at))));
    }

    /** When the running rebuild last made progress. */
    public Optional<Instant> heartbeatOf(int generation) {
        Document running = collection().find(com.mongodb.client.model.Filters.and(eq("generation", generation),
                eq("status", Rebuild.Status.RUNNING.name()))).first();
        if (running == null) {
            return Optional.empty();
        }
        Date heartbeat = running.getDate("heartbeatAt");
        return Optional.of((heartbeat != null ? heartbeat : running.getDate("startedAt")).toInstant());
    }

    public void abandon(int generation, Instant at, String failure) {
        collection().updateMany(com.mongodb.client.model.Filters.and(eq("generation", generation),
                        eq("status", Rebuild.Status.RUNNING.name())),
                combine(set("status", Rebuild.Status.FAILED.name()), set("finishedAt", Date.from(at)), set("failure", failure)));
    }

    public void finish(String id, Rebuild.Status status, long read, Instant at, String failure) {
        collection().updateOne(eq("_id", id), combine(set("status", status.name()), set("eventsRead", read),
                set("finishedAt", Date.from(at)), set("failure", failure)));
    }

    public Optional<Rebuild> find(String id) {
        return Optional.ofNullable(collection().find(eq("_id", id)).first()).map(MongoRebuilds::rebuild);
    }

    public List<Rebuild> latest(int limit) {
        List<Rebuild> rebuilds = new ArrayList<>();
        collection().find().sort(Sorts.descending("startedAt")).limit(limit).forEach(d -> rebuilds.add(rebuild(d)));
        return rebuilds;
    }

    private static Rebuild rebuild(Document d) {
        Date finished = d.getDate("finishedAt");
        return new Rebuild(d.getString("_id"), Rebuild.Status.valueOf(d.getString("status")), d.getInteger("generation"),
                d.get("eventsRead", Number.class).longValue(), d.get("eventsTotal", Number.class).longValue(),
                d.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant(),
                d.getString("requestedBy"), d.getString("failure"));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
