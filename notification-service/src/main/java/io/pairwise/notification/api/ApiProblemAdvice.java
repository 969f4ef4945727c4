package io.pairwise.notification.api;

import io.pairwise.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Field errors found by the domain, in the same problem shape as the kit's bean-validation errors. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                ex.errors().size() == 1 ? "1 field is invalid." : ex.errors().size() + " fields are invalid.");
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.badRequest().body(problem);
    }
}
