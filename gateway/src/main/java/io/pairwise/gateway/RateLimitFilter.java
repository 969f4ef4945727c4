package io.pairwise.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Identifies the caller of a routed request from its validated token (recorded for the access log) and
 * holds it to its limits: a token bucket per user (the subject) and one per client (the client claim);
 * anonymous requests (API documents, the dashboard's pages) get one per remote address. Refusals are 429
 * problems with {@code Retry-After}. The buckets live in this instance; see {@link TokenBuckets}.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    /** Before anything reads the request body (AdaptCachedBodyGlobalFilter, HIGHEST_PRECEDENCE + 1000). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 500;

    private final GatewayProperties.RateLimit config;
    private final TokenBuckets perUser;
    private final TokenBuckets perClient;
    private final TokenBuckets perAnonymousAddress;
    private final MeterRegistry meters;

    RateLimitFilter(GatewayProperties properties, MeterRegistry meters) {
        this.config = properties.rateLimit();
        this.perUser = new TokenBuckets(config.perUser(), System::nanoTime);
        this.perClient = new TokenBuckets(config.perClient(), System::nanoTime);
        this.perAnonymousAddress = new TokenBuckets(config.anonymousPerAddress(), System::nanoTime);
        this.meters = meters;
        meters.gauge("pairwise.gateway.rate.limit.keys", Tags.of("limit", "user"), perUser, TokenBuckets::trackedKeys);
        meters.gauge("pairwise.gateway.rate.limit.keys", Tags.of("limit", "client"), perClient, TokenBuckets::trackedKeys);
        meters.gauge("pairwise.gateway.rate.limit.keys", Tags.of("limit", "address"), perAnonymousAddress, TokenBuckets::trackedKeys);
    }

    /** Which limit refused a request, and how long until it would not. */
    private record Refusal(String limit, GatewayProperties.Limit configured, Duration retryIn) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .map(authentication -> Caller.of(authentication.getToken(), config.clientClaims()))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(caller -> {
                    caller.ifPresent(known -> known.recordOn(exchange));
                    Refusal refusal = !config.enabled() ? null
                            : caller.isPresent() ? check(caller.get()) : checkAnonymous(exchange);
                    return refusal == null ? chain.filter(exchange) : tooManyRequests(exchange, refusal);
                });
    }

    private @Nullable Refusal check(Caller caller) {
        Refusal refusal = take(perUser, caller.subject(), "user", config.perUser());
        if (refusal == null && caller.client() != null) {
            refusal = take(perClient, caller.client(), "client", config.perClient());
        }
        return refusal;
    }

    /** The address the connection came from; behind a proxy, the proxy's, unless forwarded headers are honoured. */
    private @Nullable Refusal checkAnonymous(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null ? "unknown" : remote.getHostString();
        return take(perAnonymousAddress, address, "address", config.anonymousPerAddress());
    }

    private static @Nullable Refusal take(TokenBuckets buckets, String key, String limit, GatewayProperties.Limit configured) {
        Duration wait = buckets.take(key);
        return wait.isZero() ? null : new Refusal(limit, configured, wait);
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, Refusal refusal) {
        long retryAfter = Math.max(1, (refusal.retryIn().toMillis() + 999) / 1000);
        String route = exchange.getAttribute(GATEWAY_ROUTE_ATTR) instanceof Route r ? r.getId() : "none";
        meters.counter("pairwise.gateway.rate.limited", "limit", refusal.limit(), "route", route).increment();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        return ProblemResponses.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "More than " + refusal.configured().requestsPerSecond() + " requests per second (bursts of "
                        + refusal.configured().burst() + ") for this " + refusal.limit() + "; retry in " + retryAfter + " s.",
                Map.of("limit", refusal.limit()));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
