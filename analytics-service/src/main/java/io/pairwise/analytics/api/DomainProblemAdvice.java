package io.pairwise.analytics.api;

import io.pairwise.analytics.domain.UnknownProgramException;
import io.pairwise.platform.web.FieldError;
import io.pairwise.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The domain's refusals as the platform's problem responses, ahead of the kit's catch-all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblemAdvice {

    @ExceptionHandler(UnknownProgramException.class)
    ResponseEntity<ProblemDetail> unknownProgram(UnknownProgramException ex) {
        return Problems.notFound(ex.getMessage());
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                "1 field is invalid.");
        problem.setProperty("errors", java.util.List.of(new FieldError(ex.field(), ex.getMessage(), ex.rejected())));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query parameter that is well-formed but not acceptable, e.g. a range ending before it starts. */
    static final class InvalidQueryException extends RuntimeException {

        private final String field;
        private final transient Object rejected;

        InvalidQueryException(String field, String message, Object rejected) {
            super(message);
            this.field = field;
            this.rejected = rejected;
        }

        String field() {
            return field;
        }

        Object rejected() {
            return rejected;
        }
    }
}
