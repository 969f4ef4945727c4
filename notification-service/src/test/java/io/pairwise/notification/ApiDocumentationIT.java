package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Every endpoint of the service is in its OpenAPI document, with a summary, and nothing else is claimed there. */
class ApiDocumentationIT extends NotificationServiceIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theOpenApiDocumentListsEveryEndpointWithASummary() {
        Set<String> served = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/v1/notifications"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> served.add(verb.name() + " " + path))));
        assertThat(served).hasSize(10);

        Response docs = call("GET", "/v3/api-docs", null, null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        Set<String> documented = new HashSet<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            assertThat(operation.getValue().path("summary").asString()).as(path.getKey()).isNotBlank();
        }));
        assertThat(documented.stream().filter(d -> d.contains("/api/v1/notifications")))
                .containsExactlyInAnyOrderElementsOf(served);
    }
}
