package io.pairwise.profile.domain;

public enum ImportStatus {
    QUEUED,
    RUNNING,
    /** Every row was processed; rows with errors changed nothing. */
    COMPLETED,
    /** The job stopped before the end (its instance stopped, or the store failed); re-running it is safe. */
    FAILED
}
