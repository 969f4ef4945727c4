package io.pairwise.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One log event per request, refused ones included, with structured fields: {@code method}, {@code path}
 * (without the query, which may carry personal data), {@code status}, {@code latencyMs},
 * {@code correlationId}, and when known {@code route}, {@code user} (the token's subject) and {@code client}.
 * A path that carries a secret ({@code pairwise.gateway.redacted-paths}) is written as its pattern. Logger
 * {@value #LOGGER}, so it can be routed or silenced on its own.
 */
@Component
class AccessLogFilter implements WebFilter, Ordered {

    static final String LOGGER = "io.pairwise.gateway.access";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    /** nginx's convention for a caller that went away before the answer. */
    private static final int CLIENT_CLOSED_REQUEST = 499;

    private final List<PathPattern> redactedPaths;

    AccessLogFilter(GatewayProperties properties) {
        this.redactedPaths = properties.redactedPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        return chain.filter(exchange)
                .doOnError(failure::set)
                .doFinally(signal -> write(exchange, status(exchange, signal, failure.get()), System.nanoTime() - start));
    }

    private void write(ServerWebExchange exchange, int status, long nanos) {
        String method = exchange.getRequest().getMethod().name();
        PathContainer requested = exchange.getRequest().getPath().pathWithinApplication();
        String path = redactedPaths.stream().filter(pattern -> pattern.matches(requested)).findFirst()
                .map(PathPattern::getPatternString).orElse(requested.value());
        double latencyMs = Math.round(nanos / 10_000.0) / 100.0;
        LoggingEventBuilder event = log.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("path", path)
                .addKeyValue("status", status)
                .addKeyValue("latencyMs", latencyMs)
                .addKeyValue("correlationId", exchange.getRequest().getHeaders().getFirst(CorrelationIdFilter.HEADER));
        if (exchange.getAttribute(GATEWAY_ROUTE_ATTR) instanceof Route route) {
            event = event.addKeyValue("route", route.getId());
        }
        Caller caller = Caller.recordedOn(exchange).orElse(null);
        if (caller != null) {
            event = event.addKeyValue("user", caller.subject());
            if (caller.client() != null) {
                event = event.addKeyValue("client", caller.client());
            }
        }
        event.log("{} {} {} {} ms", method, path, status, latencyMs);
    }

    private static int status(ServerWebExchange exchange, SignalType signal, @Nullable Throwable failure) {
        if (failure != null) {
            // Answered after this filter by the error handler, with this status.
            return failure instanceof ResponseStatusException e ? e.getStatusCode().value() : 500;
        }
        if (signal == SignalType.CANCEL) {
            return CLIENT_CLOSED_REQUEST;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status != null ? status.value() : 200;
    }

    @Override
    public int getOrder() {
        // Inside the correlation filter, whose id it logs; outside security, whose refusals it logs.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
