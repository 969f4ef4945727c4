package io.pairwise.matching.domain.lifecycle;

/** What does not exist, or is not the caller's to see (both answered alike). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
