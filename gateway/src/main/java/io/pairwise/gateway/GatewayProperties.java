package io.pairwise.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything the gateway decides on its own ({@code pairwise.gateway.*}); where each service's instances
 * live is Spring Cloud's simple discovery ({@code spring.cloud.discovery.client.simple.instances}).
 *
 * @param services              per downstream service (the key is its discovery name): routes and timeouts
 * @param readRetries           how GET and HEAD are retried; other methods never are
 * @param rateLimit             token buckets per user, per client and per anonymous address, in this
 *                              instance's memory
 * @param maxBodySize           larger request bodies are refused with 413
 * @param cors                  which browser origins may call the API
 * @param dashboardContentSecurityPolicy the CSP sent with the dashboard's pages
 * @param anonymousReads        path patterns anyone may GET (or HEAD) without a token: pages a browser loads
 *                              and links whose secret is the credential; the service decides what to show
 * @param redactedPaths         path patterns the access log writes as the pattern, not the path, because the
 *                              path carries a secret
 * @param publicUrl             the URL API documents name as their server; without it, the scheme and
 *                              host the caller used
 */
@ConfigurationProperties("pairwise.gateway")
record GatewayProperties(
        Map<String, Service> services,
        ReadRetries readRetries,
        RateLimit rateLimit,
        DataSize maxBodySize,
        Cors cors,
        String dashboardContentSecurityPolicy,
        List<String> anonymousReads,
        List<String> redactedPaths,
        @Nullable URI publicUrl) {

    /**
     * @param routes          route id → path pattern; every route goes through the service's circuit breaker
     * @param docs            where the gateway serves the service's {@code /v3/api-docs}
     * @param connectTimeout  per attempt
     * @param responseTimeout until the response headers arrive, per attempt; also the retry budget
     */
    record Service(Map<String, String> routes, String docs, Duration connectTimeout, Duration responseTimeout) {
    }

    record ReadRetries(int retries, Duration firstBackoff, Duration maxBackoff) {
    }

    /**
     * @param anonymousPerAddress  for requests without a token (API documents, anonymous reads), by
     *                             remote address
     * @param clientClaims         the first of these claims present names the client (RFC 9068
     *                             {@code client_id}, then OIDC's {@code azp}); tokens without one are limited
     *                             per user only
     */
    record RateLimit(boolean enabled, Limit perUser, Limit perClient, Limit anonymousPerAddress, List<String> clientClaims) {
    }

    /** A token bucket: {@code burst} requests at once, refilled at {@code requestsPerSecond}. */
    record Limit(double requestsPerSecond, int burst) {
    }

    record Cors(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders,
                List<String> exposedHeaders, Duration maxAge) {
    }
}
