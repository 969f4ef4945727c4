package io.pairwise.gateway;

import static io.pairwise.gateway.GatewayClient.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.pairwise.testsupport.TestInfrastructure;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of misbehaving services, each a real HTTP server: one down (then back), one too
 * slow, one failing every first attempt, one holding many calls at once. Small breaker window and a short
 * session-service timeout, so each case plays out in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=3s",
        "resilience4j.circuitbreaker.configs.default.permitted-number-of-calls-in-half-open-state=2",
        "pairwise.gateway.services.session-service.response-timeout=2s",
        "pairwise.gateway.read-retries.first-backoff=10ms",
        "pairwise.gateway.rate-limit.enabled=false"})
class GatewayResilienceIT {

    /** More than Resilience4j's default bulkhead (25 concurrent calls) lets through. */
    private static final int CROWD = 30;
    private static final int MATCHING_PORT = StandInService.unusedPort();
    private static final CountDownLatch SLOW_RELEASE = new CountDownLatch(1);
    private static final CountDownLatch CROWD_ARRIVED = new CountDownLatch(CROWD);
    private static final Map<String, AtomicInteger> FLAKY_ATTEMPTS = new ConcurrentHashMap<>();

    private static final StandInService SLOW = StandInService.start("session-service", (exchange, service) -> {
        awaitQuietly(SLOW_RELEASE);
        StandInService.answer(exchange, service);
    });
    private static final StandInService FLAKY = StandInService.start("notification-service", (exchange, service) -> {
        if (FLAKY_ATTEMPTS.computeIfAbsent(exchange.getRequestURI().toString(), uri -> new AtomicInteger()).incrementAndGet() == 1) {
            StandInService.send(exchange, 503, "{\"unavailable\":\"notification-service\"}");
        } else {
            StandInService.answer(exchange, service);
        }
    });
    private static final StandInService CROWDED = StandInService.start("profile-service", (exchange, service) -> {
        CROWD_ARRIVED.countDown();
        awaitQuietly(CROWD_ARRIVED);
        StandInService.answer(exchange, service);
    });

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @DynamicPropertySource
    static void downstream(DynamicPropertyRegistry registry) {
        registry.add("MATCHING_SERVICE_URI", () -> "http://localhost:" + MATCHING_PORT);
        registry.add("SESSION_SERVICE_URI", SLOW::url);
        registry.add("NOTIFICATION_SERVICE_URI", FLAKY::url);
        registry.add("PROFILE_SERVICE_URI", CROWDED::url);
        registry.add("ANALYTICS_SERVICE_URI", () -> "http://localhost:" + StandInService.unusedPort());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestInfrastructure.issuer().issuerUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestInfrastructure.issuer().jwkSetUri());
    }

    @AfterAll
    static void stopStandIns() {
        SLOW_RELEASE.countDown();
        Stream.of(SLOW, FLAKY, CROWDED).forEach(StandInService::close);
    }

    private GatewayClient gateway() {
        return new GatewayClient(port);
    }

    @Test
    void theBreakerOpensOnADeadServiceAndClosesOnceItIsBack() {
        String token = token("breaker", "PARTICIPANT");
        String path = "/api/v1/matching/suggestions";
        for (int call = 0; call < 4; call++) {
            assertServiceUnavailable(gateway().get(path, token));
        }
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("matching-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        try (StandInService back = StandInService.startOn(MATCHING_PORT, "matching-service")) {
            // Open: refused at once, the service is not even asked.
            assertServiceUnavailable(gateway().get(path, token));
            assertThat(back.received()).isEmpty();
            // After the open-state wait the trial calls go through, succeed, and close the circuit.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
                gateway().get(path, token);
                return breaker.getState() == CircuitBreaker.State.CLOSED;
            });
            HttpResponse<String> answered = gateway().get(path, token);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("\"answeredBy\":\"matching-service\"");
            assertThat(back.received()).isNotEmpty();
        }
    }

    @Test
    void aSlowServiceIsCutAtItsRouteTimeoutAndNotBefore() {
        long start = System.nanoTime();
        HttpResponse<String> response = gateway().get("/api/v1/sessions/upcoming", token("patient", "PARTICIPANT"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        SLOW_RELEASE.countDown();

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://pairwise.io/problems/service-timeout\"")
                .contains("\"service\":\"session-service\"");
        // The route's 2 s govern, not Resilience4j's TimeLimiter (1 s unless configured).
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        // A read that timed out is not sent again.
        assertThat(SLOW.received()).hasSize(1);
    }

    @Test
    void retriesAFailedReadButNeverAWrite() {
        String token = token("retrier", "PARTICIPANT");
        HttpResponse<String> read = gateway().get("/api/v1/notifications/inbox?page=1", token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(FLAKY.count(r -> r.uri().equals("/api/v1/notifications/inbox?page=1"))).isEqualTo(2);

        HttpResponse<String> write = gateway().send(gateway().request("/api/v1/notifications/messages", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}")));
        // The service's own refusal, passed on: a POST may have had effects, so it is never repeated.
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.body()).isEqualTo("{\"unavailable\":\"notification-service\"}");
        assertThat(FLAKY.count(r -> r.uri().equals("/api/v1/notifications/messages"))).isEqualTo(1);
    }

    @Test
    void moreConcurrentCallsThanResilience4jsDefaultBulkheadAllReachTheService() {
        String token = token("crowd", "PARTICIPANT");
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, CROWD)
                .mapToObj(i -> gateway().sendAsync(gateway().request("/api/v1/profile/crowd/" + i, token)))
                .toList();
        // Each call is held by the service until all have arrived: none may be refused on the way.
        assertThat(calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).hasSize(CROWD).containsOnly(200);
    }

    private static void assertServiceUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"type\":\"https://pairwise.io/problems/service-unavailable\"")
                .contains("\"service\":\"matching-service\"");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
