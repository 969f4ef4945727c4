package io.pairwise.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every Pairwise service promises its operators and callers, checked on the real application
 * against the real broker and store: probes, metrics, an OpenAPI document, problem responses for
 * missing tokens, and operations closed to everyone but operators. A service's test extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceConformanceChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Value("${spring.application.name}")
    private String serviceName;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry);
    }

    @Test
    void readinessAndLivenessAreUp() throws Exception {
        assertThat(get("/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
    }

    @Test
    void publishesItsOpenApiDocumentWithBearerSecurity() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"title\":\"Pairwise " + serviceName + "\"").contains("bearer-jwt");
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsName() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"" + serviceName + "\"").contains("jvm_memory_used_bytes");
    }

    @Test
    void refusesCallsWithoutATokenWithAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/anything", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    @Test
    void opensOperationsToOperatorsOnly() throws Exception {
        String participant = TestInfrastructure.issuer().mint("pat", List.of("PARTICIPANT"), Duration.ofMinutes(5));
        assertThat(get("/admin/outbox", participant).statusCode()).isEqualTo(403);
        String operator = TestInfrastructure.issuer().mint("ops", List.of("OPERATOR"), Duration.ofMinutes(5));
        assertThat(get("/admin/outbox", operator).statusCode()).isEqualTo(200);
    }

    @Test
    void exposesNoOtherActuatorEndpoint() throws Exception {
        String operator = TestInfrastructure.issuer().mint("ops", List.of("OPERATOR"), Duration.ofMinutes(5));
        for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "loggers")) {
            assertThat(get("/actuator/" + endpoint, operator).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void keepsToItsModuleBoundaries() {
        String servicePackage = getClass().getPackageName().substring("io.pairwise.".length()).split("\\.")[0];
        ModuleBoundaries.checkService(servicePackage);
    }

    protected HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
