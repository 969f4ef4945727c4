package io.pairwise.matching.domain.lifecycle;

/** A valid request the current state does not allow (answered as 409). */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
