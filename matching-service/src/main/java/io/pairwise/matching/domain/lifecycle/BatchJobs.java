package io.pairwise.matching.domain.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where batch jobs and their draft pairs live. */
public interface BatchJobs extends PriceBook {

    /**
     * Stores a new running job unless another job of its program is running (on any instance), as one
     * atomic write: two admins starting a batch in the same instant cannot both succeed.
     *
     * @return false when a job of the program is already running
     */
    boolean insertIfNoneRunning(BatchJob job);

    Optional<BatchJob> find(String id);

    void progress(String id, String phase, long done, long total, Instant now);

    /** The finished draft: pairs first, then the job turns DRAFT. */
    void finish(BatchJob job, List<DraftPair> pairs);

    void fail(String id, String error, Instant now);

    /** Running jobs whose instance stopped beating (it stopped or crashed) are marked failed. */
    int failStale(Instant heartbeatBefore, Instant now);

    /** Stores the changed job if the stored one is still at {@code expectedVersion}; false otherwise. */
    boolean update(BatchJob changed, long expectedVersion);

    List<DraftPair> pairs(String jobId, int offset, int limit);

    List<DraftPair> allPairs(String jobId);

    Optional<DraftPair> pair(String jobId, String menteeId);

    /** Pairs of the draft that involve the participant on either side. */
    List<DraftPair> pairsWith(String jobId, String participantId);

    int pairCount(String jobId);

    void savePair(DraftPair pair);

    void removePair(String jobId, String menteeId);
}
