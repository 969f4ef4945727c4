package io.pairwise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.TestInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class WebIT extends KitIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRequestWithoutATokenIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/widgets", null, "{\"name\":\"x\",\"size\":1}", Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM_JSON));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.body()).contains("\"type\":\"https://pairwise.io/problems/unauthenticated\"").contains("\"status\":401");
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    @Test
    void expiredForeignAndMisaddressedTokensAreRefused() throws Exception {
        String expired = TestInfrastructure.issuer().mint("ada", List.of("PROGRAM_ADMIN"), Duration.ofMinutes(-5));
        String wrongAudience = TestInfrastructure.issuer().mint("ada", List.of("PROGRAM_ADMIN"), Duration.ofMinutes(5),
                Map.of("aud", "someone-else"));
        String wrongIssuer = TestInfrastructure.issuer().mint("ada", List.of("PROGRAM_ADMIN"), Duration.ofMinutes(5),
                Map.of("iss", "https://evil.example"));
        String tampered = tamper(token("ada", "PARTICIPANT"));
        for (String refused : List.of(expired, wrongAudience, wrongIssuer, tampered, "not-a-jwt")) {
            HttpResponse<String> response = call("GET", "/api/v1/widgets/any", refused, null, Map.of());
            assertThat(response.statusCode()).as(refused).isEqualTo(401);
            assertThat(response.body()).contains("https://pairwise.io/problems/unauthenticated");
        }
    }

    @Test
    void invalidInputGetsFieldErrorsAndWritesNothing() throws Exception {
        long before = mongo.getCollection("widgets").countDocuments();
        HttpResponse<String> response = call("POST", "/api/v1/widgets", token("ada", "PROGRAM_ADMIN"),
                "{\"name\":\"\",\"size\":0}", Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM_JSON));
        assertThat(response.body())
                .contains("\"type\":\"https://pairwise.io/problems/validation\"")
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"size\"")
                .contains("2 fields are invalid");
        assertThat(mongo.getCollection("widgets").countDocuments()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemNotAServerError() throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/widgets", token("ada", "PROGRAM_ADMIN"), "{\"name\":", Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("https://pairwise.io/problems/malformed-request");
    }

    @Test
    void anUnknownResourceIsA404Problem() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/widgets/missing", token("ada", "PARTICIPANT"), null, Map.of());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("https://pairwise.io/problems/not-found").contains("widget missing was not found");
    }

    @Test
    void aRoleThatDoesNotFitIsA403Problem() throws Exception {
        HttpResponse<String> response = call("GET", "/admin/outbox", token("pat", "PARTICIPANT"), null, Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("https://pairwise.io/problems/forbidden");
    }

    @Test
    void theCallersCorrelationIdIsEchoed() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/widgets/missing", token("ada", "PARTICIPANT"), null,
                Map.of("X-Correlation-Id", "trace-me-42"));
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("trace-me-42");
        HttpResponse<String> hostile = call("GET", "/api/v1/widgets/missing", token("ada", "PARTICIPANT"), null,
                Map.of("X-Correlation-Id", "<script>"));
        assertThat(hostile.headers().firstValue("X-Correlation-Id")).hasValueSatisfying(v -> assertThat(v).doesNotContain("<"));
    }

    @Test
    void probesMetricsAndApiDocumentsAreOpenAndNothingElseIs() throws Exception {
        assertThat(call("GET", "/actuator/health/readiness", null, null, Map.of()).body()).contains("\"status\":\"UP\"");
        assertThat(call("GET", "/actuator/health/liveness", null, null, Map.of()).body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = call("GET", "/actuator/prometheus", null, null, Map.of());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds").contains("application=\"kit-test\"");
        HttpResponse<String> docs = call("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(docs.body()).contains("/api/v1/widgets").contains("/admin/dead-letters").contains("bearer-jwt");
        assertThat(call("GET", "/actuator/env", null, null, Map.of()).statusCode()).isIn(401, 404);
        assertThat(call("GET", "/actuator/env", token("ops", "OPERATOR"), null, Map.of()).statusCode()).isEqualTo(404);
    }

    private static String tamper(String jwt) {
        String[] parts = jwt.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        parts[2] = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        return String.join(".", parts);
    }
}
