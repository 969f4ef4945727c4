package io.pairwise.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a caller gets when a service's call failed in the gateway (refused connection, open circuit, full
 * bulkhead, or no answer within the route's timeout): a problem naming the service. The circuit breaker
 * forwards here.
 */
@Hidden
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        if (exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR) instanceof ResponseStatusException e
                && e.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            // The route's response timeout: the service may still be working on the request.
            return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body(problem(HttpStatus.GATEWAY_TIMEOUT,
                    "service-timeout", "Service timeout", service + " did not answer in time.", service));
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                        service + " is not answering right now; try again shortly.", service));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String service) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + type));
        problem.setTitle(title);
        problem.setProperty("service", service);
        return problem;
    }
}
