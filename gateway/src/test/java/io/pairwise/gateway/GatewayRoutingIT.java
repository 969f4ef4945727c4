package io.pairwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pairwise.testsupport.TestInfrastructure;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway in front of real HTTP servers: one answering as profile-service, none for matching-service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    private static final HttpServer PROFILE = profileStandIn();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void downstream(DynamicPropertyRegistry registry) {
        registry.add("PROFILE_SERVICE_URI", () -> "http://localhost:" + PROFILE.getAddress().getPort());
        registry.add("MATCHING_SERVICE_URI", () -> "http://localhost:" + unusedPort());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestInfrastructure.issuer().issuerUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestInfrastructure.issuer().jwkSetUri());
    }

    @AfterAll
    static void stopStandIn() {
        PROFILE.stop(0);
    }

    @Test
    void routesAnAuthenticatedCallWithItsTokenAndACorrelationId() throws Exception {
        String token = token("PROGRAM_ADMIN");
        HttpResponse<String> response = call("/api/v1/profile/programs?status=open", token, Map.of("X-Correlation-Id", "gw-test-1"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"answeredBy\":\"profile\",\"path\":\"/api/v1/profile/programs?status=open\"}");
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("gw-test-1");
        // The token goes on unchanged: services validate it again.
        assertThat(SEEN.get("authorization")).isEqualTo("Bearer " + token);
        assertThat(SEEN.get("correlation")).isEqualTo("gw-test-1");
    }

    @Test
    void refusesMissingExpiredAndForeignTokensBeforeAnyServiceSeesThem() throws Exception {
        SEEN.clear();
        String expired = TestInfrastructure.issuer().mint("ada", List.of("PROGRAM_ADMIN"), Duration.ofMinutes(-5));
        String wrongAudience = TestInfrastructure.issuer().mint("ada", List.of("PROGRAM_ADMIN"), Duration.ofMinutes(5),
                Map.of("aud", "another-app"));
        String wrongIssuer = TestInfrastructure.issuer().mint("ada", List.of("PROGRAM_ADMIN"), Duration.ofMinutes(5),
                Map.of("iss", "https://elsewhere.example"));
        for (String refused : new String[] {null, expired, wrongAudience, wrongIssuer, "garbage"}) {
            HttpResponse<String> response = call("/api/v1/profile/programs", refused, Map.of());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.body()).contains("\"type\":\"https://pairwise.io/problems/unauthenticated\"");
        }
        assertThat(SEEN).isEmpty();
    }

    @Test
    void aServiceThatDoesNotAnswerGivesAProblemNamingIt() throws Exception {
        HttpResponse<String> response = call("/api/v1/matching/suggestions", token("PARTICIPANT"), Map.of());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"service\":\"matching-service\"")
                .contains("https://pairwise.io/problems/service-unavailable");
    }

    @Test
    void servesEachServicesApiDocumentAndItsOwnHealthWithoutAToken() throws Exception {
        HttpResponse<String> docs = call("/docs/profile/v3/api-docs", null, Map.of());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"path\":\"/v3/api-docs\"");
        assertThat(call("/actuator/health/readiness", null, Map.of()).body()).contains("\"status\":\"UP\"");
        assertThat(call("/v3/api-docs/swagger-config", null, Map.of()).body()).contains("/docs/profile/v3/api-docs")
                .contains("/docs/analytics/v3/api-docs");
    }

    private HttpResponse<String> call(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String role) {
        return TestInfrastructure.issuer().mint("user-" + role.toLowerCase(), List.of(role), Duration.ofMinutes(5));
    }

    private static HttpServer profileStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization != null) {
                    SEEN.put("authorization", authorization);
                }
                String correlation = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
                if (correlation != null) {
                    SEEN.put("correlation", correlation);
                }
                byte[] body = ("{\"answeredBy\":\"profile\",\"path\":\"" + exchange.getRequestURI() + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
