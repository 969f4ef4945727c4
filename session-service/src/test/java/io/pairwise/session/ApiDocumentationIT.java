package io.pairwise.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.ApiDocumentationChecks;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Every endpoint of the service is in its OpenAPI document, with a summary, and nothing else is claimed there. */
class ApiDocumentationIT extends SessionServiceIntegrationTest implements ApiDocumentationChecks {

    @Override
    public String apiPathPrefix() {
        return "/api/v1/sessions";
    }

    @Override
    public void checkDocumented(Set<String> served, JsonNode paths) {
        assertThat(served).hasSizeGreaterThan(20);
        // The feed is the one operation without a bearer token; the invite is a calendar.
        assertThat(paths.path("/api/v1/sessions/calendar/feeds/{token}.ics").path("get").path("security").isArray()).isTrue();
        assertThat(paths.path("/api/v1/sessions/{sessionId}/invite.ics").path("get").path("responses").path("200")
                .path("content").has("text/calendar")).isTrue();
    }
}
