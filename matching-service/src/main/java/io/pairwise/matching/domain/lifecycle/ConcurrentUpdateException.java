package io.pairwise.matching.domain.lifecycle;

/** Someone changed the same mentorship meanwhile; the caller may read it again and retry. */
public class ConcurrentUpdateException extends RuleViolationException {

    public ConcurrentUpdateException(String what, String id) {
        super(what + " " + id + " was changed by someone else meanwhile; read it again and retry");
    }
}
