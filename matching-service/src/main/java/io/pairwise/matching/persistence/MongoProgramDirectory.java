package io.pairwise.matching.persistence;

import io.pairwise.contracts.EventJson;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProgramSnapshot;
import io.pairwise.contracts.profile.Role;
import io.pairwise.matching.domain.lifecycle.Enrollee;
import io.pairwise.matching.domain.lifecycle.Program;
import io.pairwise.matching.domain.lifecycle.ProgramDirectory;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read model from profile events: {@code programs} (the snapshot as announced) and {@code enrollments}
 * (one document per participant, program and role, with the profile as announced). Every write is an
 * upsert that keeps the newest announcement: an event older than what is stored changes nothing, a
 * redelivered one writes the same values again.
 */
@Repository
public class MongoProgramDirectory implements ProgramDirectory {

    static final String PROGRAMS = "programs";
    static final String ENROLLMENTS = "enrollments";
    private static final JsonMapper JSON = EventJson.mapper();

    private final MongoTemplate mongo;

    MongoProgramDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ENROLLMENTS).createIndex(new Index().on("programId", Sort.Direction.ASC)
                .on("role", Sort.Direction.ASC).on("active", Sort.Direction.ASC));
        mongo.indexOps(ENROLLMENTS).createIndex(new Index().on("participantId", Sort.Direction.ASC));
    }

    // --- writes from events -------------------------------------------------------------------------------------

    public void program(String programId, ProgramSnapshot snapshot, Instant at) {
        upsertIfNewer(PROGRAMS, programId, at, new Document("snapshot", JSON.writeValueAsString(snapshot)));
    }

    public void close(String programId, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(programId)), new Update().set("closed", true), PROGRAMS);
    }

    /** A registration: the enrollment is active with this profile (and capacity for a mentor). */
    public void enroll(String participantId, String programId, Role role, ParticipantSnapshot profile, int capacity,
                       Instant at) {
        upsertIfNewer(ENROLLMENTS, enrollmentId(programId, role, participantId), at, new Document("programId", programId)
                .append("role", role.name()).append("participantId", participantId)
                .append("profile", JSON.writeValueAsString(profile)).append("capacity", capacity)
                .append("active", true));
    }

    /** A profile change: the new profile on every enrollment of the person; those not listed are inactive. */
    public void profile(String participantId, ParticipantSnapshot profile, Set<String> listedEnrollmentIds, Instant at) {
        String json = JSON.writeValueAsString(profile);
        Query query = Query.query(Criteria.where("participantId").is(participantId));
        for (Document enrollment : mongo.find(query, Document.class, ENROLLMENTS)) {
            String id = enrollment.getString("_id");
            upsertIfNewer(ENROLLMENTS, id, at, new Document("profile", json).append("active", listedEnrollmentIds.contains(id)));
        }
    }

    public void withdraw(String participantId, String programId, Role role, Instant at) {
        upsertIfNewer(ENROLLMENTS, enrollmentId(programId, role, participantId), at, new Document("programId", programId)
                .append("role", role.name()).append("participantId", participantId).append("active", false));
    }

    /** Erasure: every enrollment document of the person goes, and with it their profile. */
    public void erase(String participantId) {
        mongo.remove(Query.query(Criteria.where("participantId").is(participantId)), ENROLLMENTS);
    }

    public static String enrollmentId(String programId, Role role, String participantId) {
        return programId + "|" + role.name() + "|" + participantId;
    }

    /** Sets the fields unless what is stored is newer; creates the document if it does not exist yet. */
    private void upsertIfNewer(String collection, String id, Instant at, Document fields) {
        Date when = Date.from(at);
        Update update = new Update().set("updatedAt", when);
        fields.forEach(update::set);
        Query notNewer = Query.query(new Criteria().andOperator(Criteria.where("_id").is(id),
                new Criteria().orOperator(Criteria.where("updatedAt").lte(when), Criteria.where("updatedAt").exists(false))));
        if (mongo.updateFirst(notNewer, update, collection).getMatchedCount() == 1) {
            return;
        }
        Document document = new Document("_id", id).append("updatedAt", when);
        document.putAll(fields);
        try {
            mongo.insert(document, collection);
        } catch (DuplicateKeyException e) {
            // stored and newer than this event: nothing to change
        }
    }

    // --- reads --------------------------------------------------------------------------------------------------

    @Override
    public Optional<Program> program(String programId) {
        Document d = mongo.findById(programId, Document.class, PROGRAMS);
        if (d == null || d.getString("snapshot") == null) {
            return Optional.empty();
        }
        return Optional.of(new Program(programId, JSON.readValue(d.getString("snapshot"), ProgramSnapshot.class),
                Boolean.TRUE.equals(d.getBoolean("closed"))));
    }

    @Override
    public List<Enrollee> enrolled(String programId, Role role) {
        Query query = Query.query(Criteria.where("programId").is(programId).and("role").is(role.name())
                .and("active").is(true)).with(Sort.by("participantId"));
        return mongo.find(query, Document.class, ENROLLMENTS).stream()
                .filter(d -> d.getString("profile") != null).map(MongoProgramDirectory::enrollee).toList();
    }

    @Override
    public Optional<Enrollee> enrollee(String programId, Role role, String participantId) {
        Document d = mongo.findById(enrollmentId(programId, role, participantId), Document.class, ENROLLMENTS);
        return d == null || d.getString("profile") == null ? Optional.empty() : Optional.of(enrollee(d));
    }

    private static Enrollee enrollee(Document d) {
        Integer capacity = d.getInteger("capacity");
        return new Enrollee(d.getString("participantId"), d.getString("programId"), Role.valueOf(d.getString("role")),
                JSON.readValue(d.getString("profile"), ParticipantSnapshot.class), capacity == null ? 0 : capacity);
    }
}
