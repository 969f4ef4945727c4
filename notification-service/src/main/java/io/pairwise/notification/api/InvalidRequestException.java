package io.pairwise.notification.api;

import io.pairwise.platform.web.FieldError;
import java.util.List;

/** A request the domain refused field by field; answered as the platform's validation problem. */
class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " invalid fields");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
