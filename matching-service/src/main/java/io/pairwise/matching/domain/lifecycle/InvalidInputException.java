package io.pairwise.matching.domain.lifecycle;

/** A request field the domain refuses (answered as a validation problem naming the field). */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;
    private final Object rejectedValue;

    public InvalidInputException(String field, String message, Object rejectedValue) {
        super(message);
        this.field = field;
        this.rejectedValue = rejectedValue;
    }

    public String field() {
        return field;
    }

    public Object rejectedValue() {
        return rejectedValue;
    }
}
