package io.pairwise.platform.messaging;

/** Thrown by a handler for an event that can never succeed: it goes to the dead-letter topic at once. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
