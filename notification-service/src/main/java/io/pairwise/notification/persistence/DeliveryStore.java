package io.pairwise.notification.persistence;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.domain.DeliveryStatus;
import io.pairwise.notification.domain.NotificationType;
import io.pairwise.platform.outbox.Outbox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code deliveries} collection: the exactly-once ledger and, for the in-app channel, the inbox.
 * Workers claim a pending delivery with a lease (one findAndModify), and every later write is guarded by
 * that lease, so two instances never both send it; a crashed worker's lease runs out and another takes
 * over. Delivered and failed events ride in the same single-document write (outbox).
 */
@Component
public class DeliveryStore {

    static final String COLLECTION = "deliveries";
    private static final String LEASE_OWNER = "leaseOwner";
    private static final String LEASE_UNTIL = "leaseUntil";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    public DeliveryStore(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("notBefore", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("recipientId", Sort.Direction.ASC).on("channel", Sort.Direction.ASC)
                .on("sentAt", Sort.Direction.DESC));
        // The exactly-once rule as a constraint, beside the derived id.
        indexes.createIndex(new Index().on("sourceKey", Sort.Direction.ASC).on("recipientId", Sort.Direction.ASC)
                .on("channel", Sort.Direction.ASC).unique());
    }

    /** The one id a (source, recipient, channel) can ever have. */
    public static String idOf(String sourceKey, String recipientId, NotificationChannel channel) {
        return UUID.nameUUIDFromBytes((sourceKey + "\n" + recipientId + "\n" + channel.name())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Records a pending delivery; false when it exists already (a redelivered event, a re-run job). */
    public boolean create(String sourceKey, String sourceEventId, String recipientId, NotificationChannel channel,
                          NotificationType type, String programId, Map<String, Object> facts, boolean digest,
                          Instant notBefore, Instant now, String traceparent, String correlationId) {
        Document document = new Document("_id", idOf(sourceKey, recipientId, channel))
                .append("sourceKey", sourceKey)
                .append("sourceEventId", sourceEventId)
                .append("recipientId", recipientId)
                .append("channel", channel.name())
                .append("type", type.key())
                .append("programId", programId)
                .append("facts", new Document(facts))
                .append("status", DeliveryStatus.PENDING.name())
                .append("digest", digest)
                .append("notBefore", Date.from(notBefore))
                .append("attempts", 0)
                .append("createdAt", Date.from(now))
                .append("traceparent", traceparent)
                .append("correlationId", correlationId);
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Claims the pending delivery due longest ago whose lease is free or expired. */
    public Optional<Delivery> claimNext(String owner, Instant now, Duration lease) {
        return claim(due(now), owner, now, lease);
    }

    /** Claims every other digest e-mail of the person that is due, to go out in the same mail. */
    public List<Delivery> claimDigestCompanions(String recipientId, String owner, Instant now, Duration lease) {
        List<Delivery> claimed = new java.util.ArrayList<>();
        Criteria companions = due(now).and("recipientId").is(recipientId)
                .and("channel").is(NotificationChannel.EMAIL.name()).and("digest").is(true);
        for (Optional<Delivery> next = claim(companions, owner, now, lease); next.isPresent();
             next = claim(companions, owner, now, lease)) {
            claimed.add(next.get());
        }
        return claimed;
    }

    private static Criteria due(Instant now) {
        Date at = Date.from(now);
        return Criteria.where("status").is(DeliveryStatus.PENDING.name()).and("notBefore").lte(at)
                .orOperator(Criteria.where(LEASE_UNTIL).is(null), Criteria.where(LEASE_UNTIL).lt(at));
    }

    private Optional<Delivery> claim(Criteria criteria, String owner, Instant now, Duration lease) {
        Query query = Query.query(criteria).with(Sort.by("notBefore"));
        Update update = new Update().set(LEASE_OWNER, owner).set(LEASE_UNTIL, Date.from(now.plus(lease)));
        Document claimed = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
        return Optional.ofNullable(claimed).map(DeliveryStore::read);
    }

    public boolean markSent(Delivery delivery, String owner, int attempts, String title, String body, Instant now,
                            DomainEvent event) {
        Update update = new Update().set("status", DeliveryStatus.SENT.name()).set("attempts", attempts)
                .set("sentAt", Date.from(now)).set("title", title).set("body", body)
                .unset(LEASE_OWNER).unset(LEASE_UNTIL);
        return leased(delivery, owner, outbox.append(update, event));
    }

    public boolean markRetry(Delivery delivery, String owner, int attempts, Instant nextAttempt,
                             FailureReason reason, DomainEvent event) {
        Update update = new Update().set("attempts", attempts).set("notBefore", Date.from(nextAttempt))
                .set("failureReason", reason.name()).unset(LEASE_OWNER).unset(LEASE_UNTIL);
        return leased(delivery, owner, outbox.append(update, event));
    }

    public boolean markFailed(Delivery delivery, String owner, int attempts, FailureReason reason, Instant now,
                              DomainEvent event) {
        Update update = new Update().set("status", DeliveryStatus.FAILED.name()).set("attempts", attempts)
                .set("failedAt", Date.from(now)).set("failureReason", reason.name())
                .unset(LEASE_OWNER).unset(LEASE_UNTIL);
        return leased(delivery, owner, outbox.append(update, event));
    }

    /** Gives a claimed delivery back without an attempt (its channel's breaker is open). */
    public void release(Delivery delivery, String owner, Instant notBefore) {
        leased(delivery, owner, new Update().set("notBefore", Date.from(notBefore))
                .unset(LEASE_OWNER).unset(LEASE_UNTIL));
    }

    private boolean leased(Delivery delivery, String owner, Update update) {
        Query mine = Query.query(Criteria.where("_id").is(delivery.id()).and(LEASE_OWNER).is(owner)
                .and("status").is(DeliveryStatus.PENDING.name()));
        return mongo.updateFirst(mine, update, COLLECTION).getModifiedCount() == 1;
    }

    // --- inbox ----------------------------------------------------------------------------------------------

    private static Criteria inbox(String recipientId) {
        return Criteria.where("recipientId").is(recipientId).and("channel").is(NotificationChannel.IN_APP.name())
                .and("status").is(DeliveryStatus.SENT.name());
    }

    public List<Delivery> inbox(String recipientId, boolean unreadOnly, int limit) {
        Criteria criteria = inbox(recipientId);
        if (unreadOnly) {
            criteria = criteria.and("readAt").is(null);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "sentAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(DeliveryStore::read).toList();
    }

    public long unreadCount(String recipientId) {
        return mongo.count(Query.query(inbox(recipientId).and("readAt").is(null)), COLLECTION);
    }

    /** False when the entry is not in the person's inbox. Reading twice keeps the first time. */
    public boolean markRead(String recipientId, String id, Instant now) {
        Query query = Query.query(inbox(recipientId).and("_id").is(id));
        if (mongo.count(query, COLLECTION) == 0) {
            return false;
        }
        mongo.updateFirst(Query.query(inbox(recipientId).and("_id").is(id).and("readAt").is(null)),
                new Update().set("readAt", Date.from(now)), COLLECTION);
        return true;
    }

    public long markAllRead(String recipientId, Instant now) {
        return mongo.updateMulti(Query.query(inbox(recipientId).and("readAt").is(null)),
                new Update().set("readAt", Date.from(now)), COLLECTION).getModifiedCount();
    }

    // --- operations -------------------------------------------------------------------------------------------

    /** Permanent failures, newest first, optionally of one program or channel. */
    public List<Delivery> failures(String programId, NotificationChannel channel, int limit) {
        Criteria criteria = Criteria.where("status").is(DeliveryStatus.FAILED.name());
        if (programId != null) {
            criteria = criteria.and("programId").is(programId);
        }
        if (channel != null) {
            criteria = criteria.and("channel").is(channel.name());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "failedAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(DeliveryStore::read).toList();
    }

    /** Erasure: the person's inbox and every delivery to them go. */
    public long deleteRecipient(String recipientId) {
        return mongo.remove(Query.query(Criteria.where("recipientId").is(recipientId)), COLLECTION).getDeletedCount();
    }

    public List<Delivery> ofSource(String sourceKey) {
        return mongo.find(Query.query(Criteria.where("sourceKey").is(sourceKey)), Document.class, COLLECTION)
                .stream().map(DeliveryStore::read).toList();
    }

    @SuppressWarnings("unchecked")
    static Delivery read(Document d) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Document stored = d.get("facts", Document.class);
        if (stored != null) {
            facts.putAll(stored);
        }
        String reason = d.getString("failureReason");
        return new Delivery(d.getString("_id"), d.getString("sourceKey"), d.getString("sourceEventId"),
                d.getString("recipientId"), NotificationChannel.valueOf(d.getString("channel")),
                NotificationType.byKey(d.getString("type")).orElseThrow(), d.getString("programId"), facts,
                DeliveryStatus.valueOf(d.getString("status")), Boolean.TRUE.equals(d.getBoolean("digest")),
                instant(d, "notBefore"), d.getInteger("attempts", 0), instant(d, "createdAt"), instant(d, "sentAt"),
                reason == null ? null : FailureReason.valueOf(reason), d.getString("title"), d.getString("body"),
                instant(d, "readAt"), d.getString("traceparent"), d.getString("correlationId"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
