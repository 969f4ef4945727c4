package io.pairwise.matching.domain.lifecycle;

/** The mentor's places were all taken, e.g. by an acceptance that won the race for the last one. */
public class CapacityConflictException extends RuleViolationException {

    public CapacityConflictException(String mentorId) {
        super("Mentor " + mentorId + " has no free place left in this program");
    }
}
