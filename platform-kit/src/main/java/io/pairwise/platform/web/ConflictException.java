package io.pairwise.platform.web;

/** Answered as 409: the request is valid but clashes with the current state (e.g. a full capacity). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
