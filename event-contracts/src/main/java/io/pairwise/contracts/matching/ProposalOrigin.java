package io.pairwise.contracts.matching;

/** How a proposal came about, so notifications can word it. */
public enum ProposalOrigin {
    /** Published by an admin from a batch optimisation. */
    ADMIN_BATCH,
    /** Proposed by the optimiser of an automatic program. */
    AUTOMATIC,
    /** Requested by the mentee from their suggestions. */
    MENTEE_REQUEST
}
