package io.pairwise.gateway;

import static io.pairwise.gateway.GatewayClient.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.deploy.DevIssuer;
import io.pairwise.testsupport.TestInfrastructure;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway in front of real HTTP servers standing in for the five services, matching-service with two
 * instances: routing, token checks, API documents, body limit, security headers, CORS, access log, metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pairwise.gateway.max-body-size=1KB",
        "pairwise.gateway.cors.allowed-origins=" + GatewayRoutingIT.APP_ORIGIN})
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingIT {

    static final String APP_ORIGIN = "https://mentoring.pairwise.example";

    private static final StandInService PROFILE = StandInService.start("profile-service");
    private static final StandInService MATCHING_A = StandInService.start("matching-service-a");
    private static final StandInService MATCHING_B = StandInService.start("matching-service-b");
    private static final StandInService SESSION = StandInService.start("session-service");
    private static final StandInService NOTIFICATION = StandInService.start("notification-service");
    private static final StandInService ANALYTICS = StandInService.start("analytics-service");
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Autowired
    GatewayProperties properties;

    @DynamicPropertySource
    static void downstream(DynamicPropertyRegistry registry) {
        registry.add("PROFILE_SERVICE_URI", PROFILE::url);
        registry.add("MATCHING_SERVICE_URI", () -> MATCHING_A.url() + ", " + MATCHING_B.url());
        registry.add("SESSION_SERVICE_URI", SESSION::url);
        registry.add("NOTIFICATION_SERVICE_URI", NOTIFICATION::url);
        registry.add("ANALYTICS_SERVICE_URI", ANALYTICS::url);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestInfrastructure.issuer().issuerUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestInfrastructure.issuer().jwkSetUri());
    }

    @AfterAll
    static void stopStandIns() {
        Stream.of(PROFILE, MATCHING_A, MATCHING_B, SESSION, NOTIFICATION, ANALYTICS).forEach(StandInService::close);
    }

    private GatewayClient gateway() {
        return new GatewayClient(port);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/v1/profile/programs?status=open, profile-service",
            "/scim/v2/Users?filter=userName, profile-service",
            "/api/v1/sessions/s-1/feedback, session-service",
            "/api/v1/notifications/inbox?unread=true, notification-service",
            "/api/v1/analytics/programs/p-1/health, analytics-service"})
    void routesEveryPublicAreaToItsServiceWithoutRewritingThePath(String path, String service) {
        HttpResponse<String> response = gateway().get(path, token("router", "PROGRAM_ADMIN"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"answeredBy\":\"" + service + "\",\"method\":\"GET\",\"path\":\"" + path + "\"}");
    }

    @Test
    void servesTheDashboardFromAnalyticsWithoutATokenAndWithItsContentSecurityPolicy() {
        HttpResponse<String> page = gateway().get("/dashboard/programs/p-1", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"answeredBy\":\"analytics-service\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("connect-src 'self' " + TestInfrastructure.issuer().issuerUri() + ";"));
        // Only reading is open: anything else on the dashboard needs a token like the API.
        HttpResponse<String> post = gateway().send(gateway().request("/dashboard/programs/p-1", null)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void passesTheTokenOnUnchangedWithOneCorrelationId() {
        String token = token("ada", "PROGRAM_ADMIN");
        HttpResponse<String> response = gateway().send(gateway().request("/api/v1/profile/participants/p-7", token)
                .header("X-Correlation-Id", "gw-test-1"));
        assertThat(response.statusCode()).isEqualTo(200);
        // The stand-in echoes the id, as the services do; the caller still sees it once.
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("gw-test-1");
        StandInService.Received received = PROFILE.received().getLast();
        assertThat(received.uri()).isEqualTo("/api/v1/profile/participants/p-7");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("X-Correlation-Id")).isEqualTo("gw-test-1");
        // The gateway starts the trace and passes it on, so the service's spans join it.
        assertThat(received.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    @Test
    void continuesACallersTraceTowardsTheService() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> response = gateway().send(gateway().request("/api/v1/profile/participants/p-8",
                token("ada", "PROGRAM_ADMIN")).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));
        assertThat(response.statusCode()).isEqualTo(200);
        String passedOn = PROFILE.received().getLast().header("traceparent");
        assertThat(passedOn).startsWith("00-" + trace + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void givesACallWithoutACorrelationIdANewOne() {
        HttpResponse<String> response = gateway().send(gateway().request("/api/v1/profile/programs", token("ada", "PROGRAM_ADMIN"))
                .header("X-Correlation-Id", "not a safe id; <script>"));
        String given = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(given).matches("[0-9a-f-]{36}");
        assertThat(PROFILE.received().getLast().header("X-Correlation-Id")).isEqualTo(given);
    }

    @Test
    void refusesMissingExpiredForeignAndForgedTokensBeforeAnyServiceSeesThem() throws Exception {
        DevIssuer issuer = TestInfrastructure.issuer();
        List<String> roles = List.of("PROGRAM_ADMIN");
        List<String> refused = new ArrayList<>(Arrays.asList(null, "garbage",
                issuer.mint("ada", roles, Duration.ofMinutes(-5)),
                issuer.mint("ada", roles, Duration.ofMinutes(5), Map.of("aud", "another-app")),
                issuer.mint("ada", roles, Duration.ofMinutes(5), Map.of("iss", "https://elsewhere.example"))));
        try (DevIssuer impostor = DevIssuer.start(0, null)) {
            // Claims our issuer would sign, signed with a key it never published.
            String foreignKey = impostor.mint("ada", roles, Duration.ofMinutes(5), Map.of("iss", issuer.issuerUri()));
            refused.add(foreignKey);
            // The same, under the header (key id) of a genuine token: only the signature check can tell.
            String genuine = issuer.mint("ada", roles, Duration.ofMinutes(5));
            refused.add(genuine.substring(0, genuine.indexOf('.')) + foreignKey.substring(foreignKey.indexOf('.')));
        }
        long before = SESSION.received().size();
        for (String token : refused) {
            HttpResponse<String> response = gateway().get("/api/v1/sessions/s-1", token);
            assertThat(response.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
            assertThat(response.body()).contains("\"type\":\"https://pairwise.io/problems/unauthenticated\"");
        }
        assertThat(SESSION.received()).hasSize((int) before);
    }

    @Test
    void spreadsARouteOverEveryInstanceOfItsService() {
        for (int i = 0; i < 10; i++) {
            assertThat(gateway().get("/api/v1/matching/proposals?spread=" + i, token("spreader", "PROGRAM_ADMIN")).statusCode())
                    .isEqualTo(200);
        }
        // Round robin over the two instances listed in MATCHING_SERVICE_URI.
        assertThat(Stream.of(MATCHING_A, MATCHING_B).map(instance -> instance.count(r -> r.uri().contains("spread="))))
                .containsExactly(5L, 5L);
    }

    @Test
    void servesEveryServicesApiDocumentWithTheGatewayAsItsServer() {
        JsonNode swaggerConfig = JSON.readTree(gateway().get("/v3/api-docs/swagger-config", null).body());
        List<String> listed = swaggerConfig.get("urls").valueStream().map(url -> url.get("url").asString()).toList();
        properties.services().forEach((service, config) -> {
            assertThat(listed).as("the API docs UI lists %s", service).contains(config.docs());
            HttpResponse<String> docs = gateway().get(config.docs(), null);
            assertThat(docs.statusCode()).isEqualTo(200);
            JsonNode document = JSON.readTree(docs.body());
            assertThat(document.at("/info/title").asString()).startsWith("Pairwise " + service);
            assertThat(document.get("servers")).hasSize(1);
            assertThat(document.at("/servers/0/url").asString()).isEqualTo("http://localhost:" + port);
            assertThat(document.at("/paths").has("/api/v1/example")).isTrue();
        });
        assertThat(gateway().get("/swagger-ui.html", null).statusCode()).isIn(200, 302);
    }

    @Test
    void refusesBodiesOverTheLimitWhetherDeclaredOrStreamed() {
        String path = "/api/v1/profile/imports";
        String token = token("uploader", "PROGRAM_ADMIN");
        byte[] tooLarge = new byte[1025];
        HttpResponse<String> declared = gateway().send(gateway().request(path, token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
        HttpResponse<String> chunked = gateway().send(gateway().request(path, token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));
        for (HttpResponse<String> response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"type\":\"https://pairwise.io/problems/payload-too-large\"")
                    .contains("\"maxBytes\":1024");
        }
        assertThat(PROFILE.count(r -> r.uri().equals(path))).isZero();

        byte[] fits = "x".repeat(1024).getBytes();
        HttpResponse<String> accepted = gateway().send(gateway().request(path, token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fits))));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(PROFILE.received().getLast().body()).isEqualTo(fits);
    }

    @Test
    void addsSecurityHeadersToAnswersAndRefusals() {
        for (HttpResponse<String> response : List.of(
                gateway().get("/api/v1/profile/programs", token("ada", "PROGRAM_ADMIN")),
                gateway().get("/api/v1/profile/programs", null))) {
            assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
    }

    @Test
    void answersCorsPreflightsForTheConfiguredOriginsOnly() {
        String path = "/api/v1/sessions/s-9";
        HttpResponse<String> allowed = gateway().send(gateway().request(path, null)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type"));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("PATCH"));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(v ->
                assertThat(v.toLowerCase()).contains("authorization").contains("content-type"));
        assertThat(allowed.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");

        HttpResponse<String> foreign = gateway().send(gateway().request(path, null)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "PATCH"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(SESSION.count(r -> r.uri().equals(path))).isZero();

        HttpResponse<String> actual = gateway().send(gateway().request(path, token("ada", "PROGRAM_ADMIN")).header("Origin", APP_ORIGIN));
        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP_ORIGIN);
        assertThat(actual.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(v -> assertThat(v).contains("X-Correlation-Id"));
    }

    @Test
    void logsEveryRequestWithUserRouteStatusLatencyAndCorrelationId(CapturedOutput output) {
        gateway().send(gateway().request("/api/v1/sessions/s-42?note=private", token("log-user", "PARTICIPANT"))
                .header("X-Correlation-Id", "gw-log-1"));
        gateway().send(gateway().request("/api/v1/sessions/s-42", null).header("X-Correlation-Id", "gw-log-2"));

        JsonNode routed = await().atMost(Duration.ofSeconds(5)).until(() -> accessLogLine(output, "gw-log-1"), line -> line != null);
        assertThat(routed.get("user").asString()).isEqualTo("log-user");
        assertThat(routed.get("route").asString()).isEqualTo("session-service");
        assertThat(routed.get("method").asString()).isEqualTo("GET");
        assertThat(routed.get("path").asString()).isEqualTo("/api/v1/sessions/s-42");
        assertThat(routed.get("status").asInt()).isEqualTo(200);
        assertThat(routed.get("latencyMs").asDouble()).isPositive();

        JsonNode refused = await().atMost(Duration.ofSeconds(5)).until(() -> accessLogLine(output, "gw-log-2"), line -> line != null);
        assertThat(refused.get("status").asInt()).isEqualTo(401);
        assertThat(refused.has("user")).isFalse();
    }

    @Test
    void opensCalendarFeedsWithoutATokenAndKeepsTheirSecretOutOfTheLog(CapturedOutput output) {
        String feed = "/api/v1/sessions/calendar/feeds/s3cr3t-feed-token.ics";
        HttpResponse<String> response = gateway().send(gateway().request(feed, null).header("X-Correlation-Id", "gw-feed-1"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SESSION.received().getLast().uri()).isEqualTo(feed);

        JsonNode logged = await().atMost(Duration.ofSeconds(5)).until(() -> accessLogLine(output, "gw-feed-1"), line -> line != null);
        assertThat(logged.get("path").asString()).isEqualTo("/api/v1/sessions/calendar/feeds/{secret}.ics");
        assertThat(output.getOut()).doesNotContain("s3cr3t-feed-token");
    }

    @Test
    void recordsMetricsPerRouteForPrometheus() {
        gateway().get("/api/v1/notifications/inbox", token("metered", "PARTICIPANT"));
        String scrape = gateway().get("/actuator/prometheus", null).body();
        assertThat(scrape.lines().filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_count{")
                && line.contains("routeId=\"notification-service\"") && line.contains("httpStatusCode=\"200\""))).isNotEmpty();
        assertThat(scrape.lines().filter(line -> line.startsWith("resilience4j_circuitbreaker_state{")
                && line.contains("name=\"notification-service\""))).isNotEmpty();
    }

    @Test
    void keepsServingAKeepAliveConnectionAfterPipelinedRequests() throws Exception {
        // Reactor Netty 1.3.7 stopped reading here (reactor/reactor-netty#4361): a request buffered behind a
        // routed one and answered at once (a refusal) left the connection deaf to the next request.
        String routed = "GET /api/v1/profile/programs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token("pipeliner", "PROGRAM_ADMIN") + "\r\n\r\n";
        String refused = "GET /api/v1/profile/programs HTTP/1.1\r\nHost: localhost\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write((routed + refused).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusOfNextResponse(in)).isEqualTo(200);
            assertThat(statusOfNextResponse(in)).isEqualTo(401);
            out.write(routed.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusOfNextResponse(in)).isEqualTo(200);
        }
    }

    /** Reads one HTTP/1.1 response off the connection, its body included, and returns its status. */
    private static int statusOfNextResponse(InputStream in) throws IOException {
        int status = Integer.parseInt(line(in).split(" ")[1]);
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String name = header.substring(0, header.indexOf(':')).trim();
            String value = header.substring(header.indexOf(':') + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            }
        }
        if (!chunked) {
            in.readNBytes(Math.toIntExact(length));
            return status;
        }
        for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
            in.readNBytes(size);
            line(in);
        }
        line(in);
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("Connection closed by the gateway");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static JsonNode accessLogLine(CapturedOutput output, String correlationId) {
        return output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains(AccessLogFilter.LOGGER) && line.contains(correlationId))
                .map(JSON::readTree)
                .findFirst().orElse(null);
    }
}
