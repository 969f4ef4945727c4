package io.pairwise.contracts;

/** An event whose type is not in the catalogue, or whose data cannot be read as its type. */
public class UnknownEventTypeException extends RuntimeException {

    public UnknownEventTypeException(String message) {
        super(message);
    }

    public UnknownEventTypeException(String message, Throwable cause) {
        super(message, cause);
    }
}
