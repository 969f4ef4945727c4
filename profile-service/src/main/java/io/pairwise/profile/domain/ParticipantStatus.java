package io.pairwise.profile.domain;

public enum ParticipantStatus {
    ACTIVE,
    /** Deprovisioned by the identity provider: withdrawn from every program, cannot enrol. */
    DEACTIVATED,
    /** Personal data removed; only the id remains so that nothing recreates it under the same id. */
    ERASED
}
