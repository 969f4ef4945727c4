package io.pairwise.session.domain;

/** The request is well-formed but the current state forbids it (e.g. feedback twice, an overlapping slot). */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
