package io.pairwise.matching.persistence;

import io.pairwise.matching.domain.lifecycle.BatchJob;
import io.pairwise.matching.domain.lifecycle.BatchJobs;
import io.pairwise.matching.domain.lifecycle.DraftPair;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Batch jobs ({@code batchJobs}, progress written as the job runs) and their drafts ({@code draftPairs},
 * one document per pair, so an edit is one small write and a large draft never nears the document limit).
 */
@Repository
class MongoBatchJobs implements BatchJobs {

    static final String JOBS = "batchJobs";
    static final String PAIRS = "draftPairs";
    /**
     * Set to the program id only while the job runs, under a unique sparse index: the store itself refuses a
     * second running job of a program. Every write that ends the run drops it.
     */
    static final String RUNNING_PROGRAM = "runningProgram";

    private final MongoTemplate mongo;

    MongoBatchJobs(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(JOBS).createIndex(new Index().on("programId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(JOBS).createIndex(new Index().on(RUNNING_PROGRAM, Sort.Direction.ASC).unique().sparse()
                .named("one_running_batch_per_program"));
        mongo.indexOps(PAIRS).createIndex(new Index().on("jobId", Sort.Direction.ASC).on("menteeId", Sort.Direction.ASC));
        mongo.indexOps(PAIRS).createIndex(new Index().on("jobId", Sort.Direction.ASC).on("mentorId", Sort.Direction.ASC));
    }

    @Override
    public boolean insertIfNoneRunning(BatchJob job) {
        Document running = document(job).append(RUNNING_PROGRAM, job.programId());
        try {
            mongo.getCollection(JOBS).insertOne(running);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<BatchJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, BatchJob.class, JOBS));
    }

    @Override
    public void progress(String id, String phase, long done, long total, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(BatchJob.Status.RUNNING.name())),
                new Update().set("phase", phase).set("done", done).set("total", total).set("heartbeatAt", Date.from(now)),
                JOBS);
    }

    @Override
    public void finish(BatchJob job, List<DraftPair> pairs) {
        mongo.remove(Query.query(Criteria.where("jobId").is(job.id())), PAIRS);
        if (!pairs.isEmpty()) {
            mongo.getCollection(PAIRS).insertMany(pairs.stream().map(this::document).toList());
        }
        // The replacement has no runningProgram: the program is free for its next batch.
        mongo.getCollection(JOBS).replaceOne(new Document("_id", job.id()), document(job));
    }

    @Override
    public void fail(String id, String error, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(BatchJob.Status.RUNNING.name())),
                new Update().set("status", BatchJob.Status.FAILED.name()).set("error", error)
                        .set("finishedAt", Date.from(now)).unset(RUNNING_PROGRAM), JOBS);
    }

    @Override
    public int failStale(Instant heartbeatBefore, Instant now) {
        return (int) mongo.updateMulti(Query.query(Criteria.where("status").is(BatchJob.Status.RUNNING.name())
                        .and("heartbeatAt").lt(heartbeatBefore)),
                new Update().set("status", BatchJob.Status.FAILED.name())
                        .set("error", "the instance running it stopped; start the batch again")
                        .set("finishedAt", Date.from(now)).unset(RUNNING_PROGRAM), JOBS).getModifiedCount();
    }

    @Override
    public boolean update(BatchJob changed, long expectedVersion) {
        return mongo.getCollection(JOBS).replaceOne(new Document("_id", changed.id()).append("version", expectedVersion),
                document(changed)).getModifiedCount() == 1;
    }

    @Override
    public List<DraftPair> pairs(String jobId, int offset, int limit) {
        return mongo.find(Query.query(Criteria.where("jobId").is(jobId)).with(Sort.by("menteeId")).skip(offset)
                .limit(limit), DraftPair.class, PAIRS);
    }

    @Override
    public List<DraftPair> allPairs(String jobId) {
        return mongo.find(Query.query(Criteria.where("jobId").is(jobId)).with(Sort.by("menteeId")), DraftPair.class,
                PAIRS);
    }

    @Override
    public Optional<DraftPair> pair(String jobId, String menteeId) {
        return Optional.ofNullable(mongo.findById(pairId(jobId, menteeId), DraftPair.class, PAIRS));
    }

    @Override
    public List<DraftPair> pairsWith(String jobId, String participantId) {
        return mongo.find(Query.query(Criteria.where("jobId").is(jobId).orOperator(
                Criteria.where("menteeId").is(participantId), Criteria.where("mentorId").is(participantId))),
                DraftPair.class, PAIRS);
    }

    @Override
    public int pairCount(String jobId) {
        return (int) mongo.count(Query.query(Criteria.where("jobId").is(jobId)), PAIRS);
    }

    @Override
    public void savePair(DraftPair pair) {
        mongo.getCollection(PAIRS).replaceOne(new Document("_id", pairId(pair.jobId(), pair.menteeId())), document(pair),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @Override
    public void removePair(String jobId, String menteeId) {
        mongo.remove(Query.query(Criteria.where("_id").is(pairId(jobId, menteeId))), PAIRS);
    }

    @Override
    public Map<String, Double> of(String programId) {
        Query latest = Query.query(Criteria.where("programId").is(programId).and("status")
                .in(BatchJob.Status.DRAFT.name(), BatchJob.Status.PUBLISHING.name(), BatchJob.Status.PUBLISHED.name()))
                .with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(1);
        BatchJob job = mongo.findOne(latest, BatchJob.class, JOBS);
        return job == null ? Map.of() : job.priceMap();
    }

    private Document document(BatchJob job) {
        Document d = new Document();
        mongo.getConverter().write(job, d);
        d.remove("_class");
        return d;
    }

    private static String pairId(String jobId, String menteeId) {
        return jobId + "/" + menteeId;
    }

    private Document document(DraftPair pair) {
        Document d = new Document();
        mongo.getConverter().write(pair, d);
        d.remove("_class");
        d.put("_id", pairId(pair.jobId(), pair.menteeId()));
        return d;
    }
}
