package io.pairwise.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One application context for the profile service's integration tests, on the real broker and store,
 * driven over HTTP with tokens of the development issuer. Tests share the database, so each makes its
 * own people and programs with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=", "pairwise.outbox.poll-interval=100ms"})
public abstract class ProfileIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    protected MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry);
    }

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        /** The fields a validation problem names. */
        public List<String> invalidFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String token(String subject, String... roles) {
        return TestInfrastructure.issuer().mint(subject, List.of(roles), Duration.ofMinutes(15));
    }

    protected Response call(String method, String path, String token, Object body) {
        return call(method, path, token, body == null ? null : JSON.writeValueAsString(body), "application/json");
    }

    protected Response call(String method, String path, String token, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** Asserts a validation problem naming at least these fields. */
    protected static void assertInvalid(Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).as(response.body())
                .isEqualTo("https://pairwise.io/problems/validation");
        assertThat(response.invalidFields()).contains(fields);
    }

    protected static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).as(response.body())
                .isEqualTo("https://pairwise.io/problems/" + type);
    }

    // ---- fixtures over the API -------------------------------------------------------------------

    /** A career program's settings, open to everyone; callers adjust the map. */
    protected static Map<String, Object> program(String type) {
        Map<String, Object> program = new HashMap<>();
        program.put("name", "Leadership " + UUID.randomUUID().toString().substring(0, 4));
        program.put("description", "Career mentoring for future leads");
        program.put("mentoringType", type);
        program.put("matchingMode", "AUTOMATIC");
        program.put("cadenceDays", 14);
        program.put("defaultRelationshipLengthDays", 180);
        program.put("defaultCapacity", 2);
        if (type.equals("GROUP")) {
            program.put("groupSize", 5);
        }
        return program;
    }

    /** Creates a program as the admin and opens its enrollment; returns its id. */
    protected String openProgram(String adminToken, Map<String, Object> settings) {
        Response created = call("POST", "/api/v1/profile/programs", adminToken, settings);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(call("POST", "/api/v1/profile/programs/" + id + "/enrollment/open", adminToken, null).status())
                .isEqualTo(200);
        return id;
    }

    /** A complete profile: enough to enrol anywhere that admits the department. */
    protected static Map<String, Object> profile(String name, String department) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", name);
        profile.put("email", name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.com");
        profile.put("department", department);
        profile.put("location", "Berlin");
        profile.put("timeZone", "Europe/Berlin");
        profile.put("languages", List.of("de", "en"));
        profile.put("careerStage", "SENIOR");
        profile.put("yearsOfExperience", 12);
        profile.put("expertise", List.of(Map.of("skill", "Kubernetes", "level", 5), Map.of("skill", "Java", "level", 3)));
        profile.put("developmentGoals", List.of("Executive presence"));
        profile.put("communicationStyle", Map.of("directness", "DIRECT", "structure", "STRUCTURED"));
        profile.put("meetingPreferences", Map.of("cadenceDays", 14, "modes", List.of("VIDEO", "IN_PERSON")));
        return profile;
    }

    /** Adds a participant through the admin API; returns their participant id. */
    protected String createParticipant(String userName, String employeeId, Map<String, Object> profile) {
        Response created = call("POST", "/api/v1/profile/participants", token("hr-sync", "SERVICE"),
                Map.of("employeeId", employeeId, "userName", userName, "profile", profile));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** The stored document of a participant, as the store has it. */
    protected Document rawParticipant(String id) {
        return mongo.getCollection("participants").find(new Document("_id", id)).first();
    }
}
