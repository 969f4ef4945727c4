package io.pairwise.platform.messaging;

/** A record that is not a readable CloudEvent (missing headers, not JSON, wrong spec version). */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
