package io.pairwise.profile.domain;

/**
 * A valid request that the current state does not allow: an ineligible enrollment, a change to a
 * closed program. Answered as 409.
 */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
