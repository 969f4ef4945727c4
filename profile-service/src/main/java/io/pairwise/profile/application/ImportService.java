package io.pairwise.profile.application;

import io.pairwise.platform.web.ResourceNotFoundException;
import io.pairwise.profile.domain.Caller;
import io.pairwise.profile.domain.CsvTable;
import io.pairwise.profile.domain.ImportJob;
import io.pairwise.profile.domain.ImportRowError;
import io.pairwise.profile.domain.Page;
import io.pairwise.profile.persistence.ImportJobRepository;
import io.pairwise.profile.persistence.ParticipantRepository;
import io.pairwise.profile.persistence.ProgramRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Bulk imports of HR exports as background jobs, one at a time per instance. The file is held in
 * memory while its job runs; if the instance stops, the job is reported as failed and can simply be
 * run again, since imports are idempotent on the employee id.
 */
@Service
public class ImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportJobRepository jobs;
    private final ParticipantRepository participants;
    private final ProgramRepository programs;
    private final ProvisioningService provisioning;
    private final EmployeeRowReader reader;
    private final ImportProperties properties;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("csv-import").daemon().factory());

    ImportService(ImportJobRepository jobs, ParticipantRepository participants, ProgramRepository programs,
                  ProvisioningService provisioning, EmployeeRowReader reader, ImportProperties properties,
                  Clock clock) {
        this.jobs = jobs;
        this.participants = participants;
        this.programs = programs;
        this.provisioning = provisioning;
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks the file as a whole (header, size), queues the job and returns it; rows are checked as it runs. */
    public ImportJob start(Caller caller, String csv) {
        CsvTable table = CsvTable.parse(csv);
        List<String> missing = reader.requiredColumns().stream().filter(c -> !table.columns().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The CSV header lacks the required columns " + missing);
        }
        if (table.rows().size() > properties.maxRows()) {
            throw new IllegalArgumentException("The file has " + table.rows().size() + " rows; at most "
                    + properties.maxRows() + " are accepted at once");
        }
        ImportJob job = ImportJob.queued(Ids.next("imp"), caller.subject(), table.rows().size(), Ids.now(clock));
        jobs.save(job);
        try {
            executor.execute(() -> run(job, table));
        } catch (RejectedExecutionException e) {
            jobs.save(job.failed("the service is shutting down; run the import again", Ids.now(clock)));
            throw new IllegalStateException("The service is shutting down", e);
        }
        return job;
    }

    /** A job, for the one who started it. */
    public ImportJob get(Caller caller, String id) {
        ImportJob job = jobs.findById(id).filter(found -> found.startedBy().equals(caller.subject()))
                .orElseThrow(() -> new ResourceNotFoundException("Import job", id));
        Instant now = Ids.now(clock);
        if (job.isAbandoned(now, properties.abandonedAfter())) {
            jobs.markFailed(job, "the instance running it stopped; run the import again, it is idempotent", now);
            return jobs.findById(id).orElseThrow();
        }
        return job;
    }

    public Page<ImportRowError> errors(Caller caller, String id, String cursor, int limit) {
        get(caller, id);
        return jobs.errors(id, cursor, limit);
    }

    private void run(ImportJob queued, CsvTable table) {
        Instant started = Ids.now(clock);
        ImportJob job = queued.running(started);
        jobs.save(job);
        try {
            ImportJob done = new ImportRun(job, table, reader, participants, provisioning, jobs, programs.findActive(),
                    properties.batchSize(), clock).run();
            jobs.save(done);
            log.info("Import {} finished: {} rows ({} created, {} updated, {} unchanged, {} failed) in {} ms",
                    done.id(), done.total(), done.created(), done.updated(), done.unchanged(), done.failed(),
                    Duration.between(started, done.finishedAt()).toMillis());
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            jobs.markFailed(job, "the import stopped on an internal error; rows done so far are kept, run it again",
                    Ids.now(clock));
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
