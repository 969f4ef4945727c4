package io.pairwise.profile.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.pairwise.profile.domain.ImportJob;
import io.pairwise.profile.domain.ImportRowError;
import io.pairwise.profile.domain.ImportStatus;
import io.pairwise.profile.domain.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Import jobs and their row errors. Both expire after a retention period on MongoDB (TTL indexes);
 * the embedded store ignores TTL, which only means it keeps them longer.
 */
@Repository
public class ImportJobRepository implements InitializingBean {

    static final Duration RETENTION = Duration.ofDays(30);
    private static final String JOBS = "import_jobs";

    private final MongoTemplate mongo;

    ImportJobRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("import_errors")
    record ImportErrorDocument(@Id String id, String jobId, int row, String employeeId,
                               List<ImportRowError.Problem> problems, Instant createdAt) {

        ImportRowError toError() {
            return new ImportRowError(jobId, row, employeeId, problems);
        }
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(JOBS).createIndex(new Index().on("createdAt", Sort.Direction.ASC).expire(RETENTION));
        mongo.indexOps(ImportErrorDocument.class).createIndex(new Index().on("jobId", Sort.Direction.ASC)
                .on("row", Sort.Direction.ASC));
        mongo.indexOps(ImportErrorDocument.class).createIndex(new Index().on("employeeId", Sort.Direction.ASC));
        mongo.indexOps(ImportErrorDocument.class).createIndex(new Index().on("createdAt", Sort.Direction.ASC)
                .expire(RETENTION));
    }

    public void save(ImportJob job) {
        mongo.save(job, JOBS);
    }

    public Optional<ImportJob> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class, JOBS));
    }

    /** Records a failure unless the job finished meanwhile. */
    public void markFailed(ImportJob job, String failure, Instant now) {
        mongo.updateFirst(Query.query(where("_id").is(job.id()).and("finishedAt").is(null)),
                new Update().set("status", ImportStatus.FAILED).set("failure", failure)
                        .set("finishedAt", now), JOBS);
    }

    public void addErrors(List<ImportRowError> errors, Instant now) {
        if (!errors.isEmpty()) {
            mongo.insert(errors.stream().map(e -> new ImportErrorDocument(e.jobId() + ":" + e.row(), e.jobId(), e.row(),
                    e.employeeId(), e.problems(), now)).toList(), ImportErrorDocument.class);
        }
    }

    public Page<ImportRowError> errors(String jobId, String cursor, int limit) {
        Query query = Query.query(where("jobId").is(jobId));
        if (cursor != null) {
            query.addCriteria(where("row").gt(Integer.parseInt(Cursors.decode(cursor))));
        }
        query.with(Sort.by("row")).limit(limit + 1);
        List<ImportRowError> found = mongo.find(query, ImportErrorDocument.class).stream()
                .map(ImportErrorDocument::toError).toList();
        return Cursors.page(found, limit, error -> Integer.toString(error.row()));
    }

    /** Erasure: an import's error report must not keep the erased person's employee id. */
    public void forgetEmployee(String employeeId) {
        mongo.updateMulti(Query.query(where("employeeId").is(employeeId)), new Update().unset("employeeId"),
                ImportErrorDocument.class);
    }
}
