package io.pairwise.profile.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A bulk import of an HR export and its progress.
 *
 * @param processed   rows done so far, out of {@code total}
 * @param heartbeatAt last sign of life of the instance running it; a job whose heartbeat stops is
 *                    reported as failed
 */
public record ImportJob(String id, String startedBy, ImportStatus status, int total, int processed, int created,
                        int updated, int unchanged, int failed, Instant createdAt, Instant startedAt,
                        Instant finishedAt, Instant heartbeatAt, String failure) {

    public static ImportJob queued(String id, String startedBy, int total, Instant now) {
        return new ImportJob(id, startedBy, ImportStatus.QUEUED, total, 0, 0, 0, 0, 0, now, null, null, now, null);
    }

    public boolean isFinished() {
        return status == ImportStatus.COMPLETED || status == ImportStatus.FAILED;
    }

    /** An unfinished job nobody has worked on for longer than {@code timeout} was abandoned. */
    public boolean isAbandoned(Instant now, Duration timeout) {
        return !isFinished() && heartbeatAt.plus(timeout).isBefore(now);
    }

    public ImportJob running(Instant now) {
        return new ImportJob(id, startedBy, ImportStatus.RUNNING, total, processed, created, updated, unchanged, failed,
                createdAt, now, null, now, null);
    }

    /** Progress after another batch of rows; the counts are cumulative. */
    public ImportJob progress(int processed, int created, int updated, int unchanged, int failed, Instant now) {
        return new ImportJob(id, startedBy, status, total, processed, created, updated, unchanged, failed, createdAt,
                startedAt, null, now, null);
    }

    public ImportJob completed(Instant now) {
        return new ImportJob(id, startedBy, ImportStatus.COMPLETED, total, processed, created, updated, unchanged,
                failed, createdAt, startedAt, now, now, null);
    }

    public ImportJob failed(String reason, Instant now) {
        return new ImportJob(id, startedBy, ImportStatus.FAILED, total, processed, created, updated, unchanged, failed,
                createdAt, startedAt, now, now, reason);
    }
}
