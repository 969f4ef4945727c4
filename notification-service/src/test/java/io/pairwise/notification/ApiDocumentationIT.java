package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.ApiDocumentationChecks;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Every endpoint of the service is in its OpenAPI document, with a summary, and nothing else is claimed there. */
class ApiDocumentationIT extends NotificationServiceIntegrationTest implements ApiDocumentationChecks {

    @Override
    public String apiPathPrefix() {
        return "/api/v1/notifications";
    }

    @Override
    public void checkDocumented(Set<String> served, JsonNode paths) {
        assertThat(served).hasSize(10);
    }
}
