package io.pairwise.session.api;

import io.pairwise.platform.web.Problems;
import io.pairwise.session.domain.NotFoundException;
import io.pairwise.session.domain.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
}
