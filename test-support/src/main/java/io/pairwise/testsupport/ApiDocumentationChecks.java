package io.pairwise.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the service is in its OpenAPI document, with a summary, and nothing else is claimed
 * there. An interface rather than a base class, so a service's test keeps its own integration-test base
 * (and with it the one application context): {@code class ApiDocumentationIT extends ...IntegrationTest
 * implements ApiDocumentationChecks}.
 */
public interface ApiDocumentationChecks {

    /** Where the service's API lives, e.g. {@code /api/v1/sessions}. */
    String apiPathPrefix();

    /**
     * The service's own checks: how many endpoints it serves ({@code "GET /api/v1/..."}) and anything
     * particular in the document's paths.
     */
    void checkDocumented(Set<String> served, JsonNode paths);

    @Test
    default void theOpenApiDocumentListsEveryEndpointWithASummary(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
            @LocalServerPort int port) throws Exception {
        String prefix = apiPathPrefix();
        Set<String> served = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(path -> path.startsWith(prefix))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> served.add(verb.name() + " " + path))));

        HttpResponse<String> docs;
        try (HttpClient http = HttpClient.newHttpClient()) {
            docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JsonMapper.builder().build().readTree(docs.body()).path("paths");
        Set<String> documented = new HashSet<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            assertThat(operation.getValue().path("summary").asString()).as(path.getKey()).isNotBlank();
        }));
        assertThat(documented.stream().filter(d -> d.contains(prefix))).containsExactlyInAnyOrderElementsOf(served);
        checkDocumented(served, paths);
    }
}
