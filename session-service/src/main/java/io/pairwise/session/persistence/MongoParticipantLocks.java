package io.pairwise.session.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.pairwise.session.domain.ParticipantLocks;
import io.pairwise.session.domain.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One small document per participant whose calendar is being changed. Taking the lease is a single
 * conditional upsert: it matches only an expired lease, and when a live lease exists the upsert's insert
 * fails on the duplicate id, which means "taken" — atomic on MongoDB and on the embedded store alike,
 * without transactions. Leases are taken in id order, so two requests never wait on each other in a cycle.
 */
@Component
class MongoParticipantLocks implements ParticipantLocks {

    static final String COLLECTION = "participant_locks";
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final long RETRY_MILLIS = 20;

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoParticipantLocks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Lease lock(Collection<String> participantIds) {
        String owner = UUID.randomUUID().toString();
        List<String> held = new ArrayList<>();
        try {
            for (String participant : participantIds.stream().distinct().sorted().toList()) {
                acquire(participant, owner);
                held.add(participant);
            }
        } catch (RuntimeException e) {
            release(held, owner);
            throw e;
        }
        return () -> release(held, owner);
    }

    private void acquire(String participant, String owner) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Instant now = clock.instant();
            try {
                collection().updateOne(Filters.and(Filters.eq("_id", participant), Filters.lt("until", Date.from(now))),
                        Updates.combine(Updates.set("owner", owner), Updates.set("until", Date.from(now.plus(LEASE)))),
                        new UpdateOptions().upsert(true));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new RuleViolationException("the calendar of participant " + participant
                        + " is being changed by another request; try again");
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RuleViolationException("interrupted while waiting for the calendar of " + participant);
            }
        }
    }

    private void release(List<String> participants, String owner) {
        for (String participant : participants) {
            collection().deleteOne(Filters.and(Filters.eq("_id", participant), Filters.eq("owner", owner)));
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
