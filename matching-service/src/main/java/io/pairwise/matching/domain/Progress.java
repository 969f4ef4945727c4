package io.pairwise.matching.domain;

/**
 * Progress of a long matching run, for a job status. Always called on the thread that started the run, never
 * concurrently; {@code done} never exceeds {@code total}, and every phase ends with {@code done == total}. To cancel
 * a run, throw from {@link #report} (e.g. a {@link java.util.concurrent.CancellationException}): the run stops
 * within a chunk of work and rethrows it.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (phase, done, total) -> {
    };

    void report(Phase phase, long done, long total);

    enum Phase {
        /** Scoring every pair once and keeping the best candidates of each side: rows (mentees) done. */
        SCORING,
        /** Assigning on the candidate graph: mentees placed. */
        SOLVING,
        /** Checking every pair against the optimiser's prices, one round after another: rows checked. */
        CERTIFYING,
        /** Explaining the chosen pairs: pairs done. */
        EXPLAINING
    }
}
