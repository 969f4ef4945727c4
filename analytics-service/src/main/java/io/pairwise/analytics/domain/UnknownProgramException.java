package io.pairwise.analytics.domain;

/** No program of that id has been announced. */
public class UnknownProgramException extends RuntimeException {

    public UnknownProgramException(String programId) {
        super("No program " + programId + " is known to analytics.");
    }
}
