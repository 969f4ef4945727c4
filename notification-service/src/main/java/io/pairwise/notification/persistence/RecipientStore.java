package io.pairwise.notification.persistence;

import io.pairwise.contracts.profile.Enrollment;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.Role;
import io.pairwise.notification.domain.Recipient;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code recipients} read model from profile-service's events: contact data, locale and zone, and
 * the programs a person is enrolled in (for announcements). Every write is an upsert of one document,
 * so a redelivered event changes nothing.
 */
@Component
public class RecipientStore {

    static final String COLLECTION = "recipients";

    private final MongoTemplate mongo;

    public RecipientStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("enrollments.programId",
                org.springframework.data.domain.Sort.Direction.ASC));
    }

    public void updateProfile(String participantId, ParticipantSnapshot profile) {
        mongo.upsert(byId(participantId), contact(profile), COLLECTION);
    }

    public void enrol(String participantId, ParticipantSnapshot profile, String programId, Role role) {
        mongo.upsert(byId(participantId), contact(profile).addToSet("enrollments", enrollment(programId, role)),
                COLLECTION);
    }

    /** Replaces contact data and enrollments: profile-updated carries both whole. */
    public void replace(String participantId, ParticipantSnapshot profile, List<Enrollment> enrollments) {
        mongo.upsert(byId(participantId), contact(profile).set("enrollments",
                enrollments.stream().map(e -> enrollment(e.programId(), e.role())).toList()), COLLECTION);
    }

    public void withdraw(String participantId, String programId, Role role) {
        mongo.updateFirst(byId(participantId), new Update().pull("enrollments", enrollment(programId, role)),
                COLLECTION);
    }

    public void erase(String participantId) {
        mongo.remove(byId(participantId), COLLECTION);
    }

    public Optional<Recipient> find(String participantId) {
        return Optional.ofNullable(mongo.findOne(byId(participantId), Document.class, COLLECTION))
                .map(RecipientStore::read);
    }

    public Recipient findOrUnknown(String participantId) {
        return find(participantId).orElseGet(() -> Recipient.unknown(participantId));
    }

    /** Everyone enrolled in the program, in either role. */
    public List<String> membersOf(String programId) {
        Query query = Query.query(Criteria.where("enrollments.programId").is(programId));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    private static Update contact(ParticipantSnapshot profile) {
        Update update = new Update();
        set(update, "displayName", profile.displayName());
        set(update, "email", profile.email());
        set(update, "preferredLocale", profile.preferredLocale());
        set(update, "timeZone", profile.timeZone());
        return update;
    }

    private static void set(Update update, String field, String value) {
        if (value == null) {
            update.unset(field);
        } else {
            update.set(field, value);
        }
    }

    private static Document enrollment(String programId, Role role) {
        return new Document("programId", programId).append("role", role.name());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static Recipient read(Document d) {
        return new Recipient(d.getString("_id"), d.getString("displayName"), d.getString("email"),
                d.getString("preferredLocale"), d.getString("timeZone"));
    }
}
