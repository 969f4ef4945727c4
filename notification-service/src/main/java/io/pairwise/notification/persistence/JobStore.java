package io.pairwise.notification.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code jobs} collection: reminders and nudges waiting for their time. Ids are derived from what a
 * job is for (a session's reminder also from the start it reminds of), so redelivered events upsert the
 * same job. Runners claim a due job with a lease by one findAndModify; only the lease holder can finish
 * it, and an expired lease (crashed instance) lets another instance run it again, whose deliveries then
 * collide with the ones already made and are not sent twice.
 */
@Component
public class JobStore {

    static final String COLLECTION = "jobs";
    static final String SCHEDULED = "SCHEDULED";
    static final String PAUSED = "PAUSED";
    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";

    private final MongoTemplate mongo;

    public JobStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("dueAt", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("mentorshipId", Sort.Direction.ASC));
    }

    public static String reminderId(String sessionId, Instant startsAt, Duration lead) {
        return "reminder:" + sessionId + ":" + startsAt + ":" + lead;
    }

    public static String cadenceId(String mentorshipId) {
        return "cadence:" + mentorshipId;
    }

    public static String matchRequestId(String mentorshipId) {
        return "match-request:" + mentorshipId;
    }

    public static String plannedEndId(String mentorshipId) {
        return "planned-end:" + mentorshipId;
    }

    public void scheduleReminder(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                                 Instant startsAt, Duration lead, Instant dueAt) {
        Update update = new Update().setOnInsert("kind", JobKind.SESSION_REMINDER.name())
                .setOnInsert("status", SCHEDULED).setOnInsert("dueAt", Date.from(dueAt))
                .setOnInsert("sessionId", sessionId).setOnInsert("mentorshipId", mentorshipId)
                .setOnInsert("programId", programId).setOnInsert("memberIds", memberIds)
                .setOnInsert("startsAt", startsAt.toString()).setOnInsert("leadHours", lead.toHours());
        mongo.upsert(byId(reminderId(sessionId, startsAt, lead)), update, COLLECTION);
    }

    /** Withdraws a session's reminders that still wait, except those for {@code keepStartsAt} (null: all). */
    public long cancelReminders(String sessionId, Instant keepStartsAt) {
        Criteria criteria = Criteria.where("kind").is(JobKind.SESSION_REMINDER.name()).and("sessionId").is(sessionId)
                .and("status").is(SCHEDULED);
        if (keepStartsAt != null) {
            criteria = criteria.and("startsAt").ne(keepStartsAt.toString());
        }
        return mongo.updateMulti(Query.query(criteria), new Update().set("status", CANCELLED), COLLECTION)
                .getModifiedCount();
    }

    /** A one-shot nudge; a redelivered event leaves an existing one alone. */
    public void scheduleOnce(String id, JobKind kind, String mentorshipId, String programId, List<String> memberIds,
                             List<String> recipients, Instant dueAt, String plannedEndDate) {
        Update update = new Update().setOnInsert("kind", kind.name()).setOnInsert("status", SCHEDULED)
                .setOnInsert("dueAt", Date.from(dueAt)).setOnInsert("mentorshipId", mentorshipId)
                .setOnInsert("programId", programId).setOnInsert("memberIds", memberIds)
                .setOnInsert("recipients", recipients);
        if (plannedEndDate != null) {
            update.setOnInsert("plannedEndDate", plannedEndDate);
        }
        mongo.upsert(byId(id), update, COLLECTION);
    }

    /** Starts (or keeps) the repeating cadence nudge of a mentorship. */
    public void startCadence(String mentorshipId, String programId, List<String> memberIds, int cadenceDays,
                             Instant dueAt) {
        Update update = new Update().setOnInsert("kind", JobKind.CADENCE_NUDGE.name())
                .setOnInsert("status", SCHEDULED).setOnInsert("dueAt", Date.from(dueAt))
                .setOnInsert("mentorshipId", mentorshipId).setOnInsert("programId", programId)
                .setOnInsert("memberIds", memberIds).setOnInsert("cadenceDays", cadenceDays);
        mongo.upsert(byId(cadenceId(mentorshipId)), update, COLLECTION);
    }

    /** A session (held or planned) pushes the next cadence nudge to at least {@code atLeast}. */
    public void postponeCadence(String mentorshipId, Instant atLeast) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(cadenceId(mentorshipId))
                        .and("dueAt").lt(Date.from(atLeast))),
                new Update().set("dueAt", Date.from(atLeast)), COLLECTION);
    }

    public void changeCadence(String mentorshipId, int cadenceDays) {
        mongo.updateFirst(byId(cadenceId(mentorshipId)), new Update().set("cadenceDays", cadenceDays), COLLECTION);
    }

    public void pauseCadence(String mentorshipId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(cadenceId(mentorshipId)).and("status").is(SCHEDULED)),
                new Update().set("status", PAUSED), COLLECTION);
    }

    public void resumeCadence(String mentorshipId, Instant dueAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(cadenceId(mentorshipId)).and("status").is(PAUSED)),
                new Update().set("status", SCHEDULED).set("dueAt", Date.from(dueAt)), COLLECTION);
    }

    public void cancel(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").in(SCHEDULED, PAUSED)),
                new Update().set("status", CANCELLED), COLLECTION);
    }

    /** A relationship that ended needs no reminder or nudge any more. */
    public long cancelMentorship(String mentorshipId) {
        return mongo.updateMulti(Query.query(Criteria.where("mentorshipId").is(mentorshipId)
                .and("status").in(SCHEDULED, PAUSED)), new Update().set("status", CANCELLED), COLLECTION)
                .getModifiedCount();
    }

    public void answered(String mentorshipId, String participantId) {
        mongo.updateFirst(byId(matchRequestId(mentorshipId)), new Update().pull("recipients", participantId),
                COLLECTION);
    }

    /** Erasure: the person leaves every job's lists. */
    public void erase(String participantId) {
        mongo.updateMulti(Query.query(Criteria.where("memberIds").is(participantId)),
                new Update().pull("memberIds", participantId).pull("recipients", participantId), COLLECTION);
    }

    public Optional<Job> claimDue(String owner, Instant now, Duration lease) {
        Date at = Date.from(now);
        Query query = Query.query(Criteria.where("status").is(SCHEDULED).and("dueAt").lte(at)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(at)))
                .with(Sort.by("dueAt"));
        Document claimed = mongo.findAndModify(query, new Update().set("leaseOwner", owner)
                .set("leaseUntil", Date.from(now.plus(lease))), FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
        return Optional.ofNullable(claimed).map(JobStore::read);
    }

    /** Marks a one-shot job done, if the lease is still ours. */
    public boolean complete(Job job, String owner) {
        return finish(job, owner, new Update().set("status", DONE));
    }

    /** Sets a repeating job's next time, if the lease is still ours and nothing moved it meanwhile. */
    public boolean reschedule(Job job, String owner, Instant next) {
        return finish(job, owner, new Update().set("dueAt", Date.from(next)));
    }

    private boolean finish(Job job, String owner, Update update) {
        Query mine = Query.query(Criteria.where("_id").is(job.id()).and("leaseOwner").is(owner));
        return mongo.updateFirst(mine, update.unset("leaseOwner").unset("leaseUntil"), COLLECTION)
                .getModifiedCount() == 1;
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(mongo.findOne(byId(id), Document.class, COLLECTION)).map(JobStore::read);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    @SuppressWarnings("unchecked")
    private static Job read(Document d) {
        Number lead = d.get("leadHours", Number.class);
        return new Job(d.getString("_id"), JobKind.valueOf(d.getString("kind")), d.getString("status"),
                d.getDate("dueAt").toInstant(),
                d.getString("mentorshipId"), d.getString("sessionId"), d.getString("programId"),
                d.getList("memberIds", String.class, List.of()), d.getList("recipients", String.class, List.of()),
                d.getInteger("cadenceDays", 0), d.getString("startsAt"), lead == null ? 0 : lead.longValue(),
                d.getString("plannedEndDate"));
    }
}
