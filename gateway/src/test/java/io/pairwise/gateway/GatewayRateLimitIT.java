package io.pairwise.gateway;

import static io.pairwise.gateway.GatewayClient.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.TestInfrastructure;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rate limits per user and per client with limits low enough to reach in a test (and a refill slow enough,
 * one request per 1000 s, that the test's own pace does not matter), in front of a real HTTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pairwise.gateway.rate-limit.per-user.requests-per-second=0.001",
        "pairwise.gateway.rate-limit.per-user.burst=3",
        "pairwise.gateway.rate-limit.per-client.requests-per-second=0.001",
        "pairwise.gateway.rate-limit.per-client.burst=5",
        "pairwise.gateway.rate-limit.anonymous-per-address.requests-per-second=0.001",
        "pairwise.gateway.rate-limit.anonymous-per-address.burst=2"})
class GatewayRateLimitIT {

    private static final StandInService PROFILE = StandInService.start("profile-service");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void downstream(DynamicPropertyRegistry registry) {
        registry.add("PROFILE_SERVICE_URI", PROFILE::url);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestInfrastructure.issuer().issuerUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestInfrastructure.issuer().jwkSetUri());
    }

    @AfterAll
    static void stopStandIn() {
        PROFILE.close();
    }

    private GatewayClient gateway() {
        return new GatewayClient(port);
    }

    @Test
    void aUserGets429WithRetryAfterOnceTheirBurstIsSpent() {
        String ada = token("limited-ada", "PROGRAM_ADMIN");
        IntStream.range(0, 3).forEach(i -> assertThat(gateway().get("/api/v1/profile/programs", ada).statusCode()).isEqualTo(200));

        HttpResponse<String> refused = gateway().get("/api/v1/profile/programs", ada);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"https://pairwise.io/problems/rate-limited\"").contains("\"limit\":\"user\"");
        // One token per 1000 s: the next one is most of that away.
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(seconds ->
                assertThat(seconds).isBetween(900L, 1000L));
        assertThat(PROFILE.count(r -> ("Bearer " + ada).equals(r.header("Authorization")))).isEqualTo(3);

        // Another user is not held back by Ada's spending.
        assertThat(gateway().get("/api/v1/profile/programs", token("limited-bob", "PROGRAM_ADMIN")).statusCode()).isEqualTo(200);
        assertThat(gateway().get("/actuator/prometheus", null).body().lines()
                .filter(line -> line.startsWith("pairwise_gateway_rate_limited_total{") && line.contains("limit=\"user\"")
                        && line.contains("route=\"profile-service\""))).isNotEmpty();
    }

    @Test
    void aClientIsLimitedAsAWholeAcrossItsUsers() {
        IntStream.range(0, 5).forEach(i -> assertThat(gateway().get("/api/v1/profile/participants",
                token("hr-user-" + i, "SERVICE", Map.of("client_id", "hr-sync"))).statusCode()).isEqualTo(200));

        // A sixth user of the same client, named by client_id or by azp: the client's burst is spent.
        for (Map<String, Object> client : List.<Map<String, Object>>of(Map.of("client_id", "hr-sync"), Map.of("azp", "hr-sync"))) {
            HttpResponse<String> refused = gateway().get("/api/v1/profile/participants", token("hr-user-late", "SERVICE", client));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("\"limit\":\"client\"");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
        // Another client, and a token naming none, go on.
        assertThat(gateway().get("/api/v1/profile/participants", token("lms-user", "SERVICE", Map.of("client_id", "lms"))).statusCode())
                .isEqualTo(200);
        assertThat(gateway().get("/api/v1/profile/participants", token("no-client-user", "PARTICIPANT")).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousCallsAreLimitedByAddress() {
        IntStream.range(0, 2).forEach(i -> assertThat(gateway().get("/docs/profile/v3/api-docs", null).statusCode()).isEqualTo(200));
        HttpResponse<String> refused = gateway().get("/docs/profile/v3/api-docs", null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"limit\":\"address\"");
        // A caller with a token is counted as a user, not by address.
        assertThat(gateway().get("/docs/profile/v3/api-docs", token("docs-reader", "PARTICIPANT")).statusCode()).isEqualTo(200);
    }
}
