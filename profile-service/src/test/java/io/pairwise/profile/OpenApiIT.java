package io.pairwise.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The API document lists every endpoint of the service as the code maps them, each with a summary, its
 * success response and its error responses.
 */
class OpenApiIT extends ProfileIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theApiDocumentListsEveryEndpointOfTheService() {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("io.pairwise.profile")) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                entry.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method.name() + " " + path));
            }
        }
        JsonNode document = call("GET", "/v3/api-docs", null, null).json();

        Set<String> documented = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            assertThat(operation.getValue().path("summary").asString()).as(path.getKey()).isNotBlank();
            if (path.getKey().startsWith("/api/v1/profile/") || path.getKey().startsWith("/scim/")) {
                List<String> codes = new ArrayList<>(operation.getValue().path("responses").propertyNames());
                assertThat(codes).as(operation.getKey() + " " + path.getKey())
                        .anyMatch(code -> code.startsWith("2")).contains("400", "401", "403", "404");
            }
            operation.getValue().path("parameters").forEach(parameter ->
                    assertThat(parameter.path("name").asString()).as("taken from the token, not the request")
                            .isNotEqualTo("caller"));
        }));

        assertThat(mapped).as("the service maps its endpoints").hasSizeGreaterThan(25)
                .contains("POST /scim/v2/Users", "POST /api/v1/profile/imports", "PUT /api/v1/profile/participants/me");
        assertThat(documented).containsAll(mapped);
    }
}
