package io.pairwise.contracts.profile;

/** Why an enrollment ended: a code, never free text. */
public enum WithdrawalReason {
    PARTICIPANT_REQUEST,
    ADMIN_ACTION,
    DEPROVISIONED,
    NO_LONGER_ELIGIBLE,
    PROGRAM_CLOSED
}
