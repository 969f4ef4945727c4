package io.pairwise.profile.api;

import io.pairwise.platform.web.Problems;
import io.pairwise.profile.domain.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's own refusal answers as the kit's conflict problem. Ordered ahead of the kit's advice,
 * whose catch-all would otherwise turn it into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DomainProblems {

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
        return Problems.conflict(ex.getMessage());
    }
}
