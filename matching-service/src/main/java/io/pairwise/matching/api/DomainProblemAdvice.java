package io.pairwise.matching.api;

import io.pairwise.matching.domain.lifecycle.InvalidInputException;
import io.pairwise.matching.domain.lifecycle.NotFoundException;
import io.pairwise.matching.domain.lifecycle.RuleViolationException;
import io.pairwise.platform.web.FieldError;
import io.pairwise.platform.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The domain's refusals as the platform's problem responses: the same types and titles as the kit's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblemAdvice {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return Problems.notFound(ex.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
        return Problems.conflict(ex.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                "1 field is invalid.");
        problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage(), ex.rejectedValue())));
        return ResponseEntity.badRequest().body(problem);
    }
}
