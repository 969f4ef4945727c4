package io.pairwise.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventEnvelope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service's integration tests share, on the real broker and store: other services' events
 * published as their producers would, and HTTP calls with real tokens from the test issuer. A service's
 * base class extends this and adds its {@code @SpringBootTest} (a random port, and {@link TestClockConfiguration}
 * among its classes when its tests move time forward) and its own helpers.
 */
public abstract class ServiceIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected KafkaTemplate<String, CloudEvent> eventTemplate;
    /** The application's clock when the context has {@link TestClockConfiguration}; null otherwise. */
    @Autowired(required = false)
    protected TestClock clock;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry);
    }

    // --- events as other services publish them ------------------------------------------------------------------

    /** Publishes the event as its topic's producer would, and returns its envelope. */
    protected EventEnvelope publish(DomainEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(),
                URI.create("/pairwise/" + EventCatalog.of(event.getClass()).topic().producer()), Instant.now(), event,
                null, null);
        publish(envelope);
        return envelope;
    }

    /** Sends the envelope to its topic, keyed by the aggregate id, and waits for the broker to take it. */
    protected void publish(EventEnvelope envelope) {
        try {
            eventTemplate.send(new ProducerRecord<>(envelope.type().topic().topicName(), envelope.data().aggregateId(),
                    envelope.toCloudEvent())).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish " + envelope.type().type(), e);
        }
    }

    protected static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    public record Response(int status, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    protected static String token(String subject, String... roles) {
        return TestInfrastructure.issuer().mint(subject, List.of(roles), Duration.ofMinutes(10));
    }

    protected Response get(String path, String participant) {
        return call("GET", path, token(participant, "PARTICIPANT"), null);
    }

    protected Response post(String path, String participant, Object body) {
        return call("POST", path, token(participant, "PARTICIPANT"), body);
    }

    /** A call with a raw token (null for none) and a body: a JSON string as is, anything else written as JSON. */
    protected Response call(String method, String path, String token, Object body) {
        return call(method, path, token, body, null);
    }

    /** The same, asking for a media type (null: no Accept header). */
    protected Response call(String method, String path, String token, Object body, String accept) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }

    protected static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** A problem response (RFC 9457) of the status and the platform's problem type. */
    protected static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).as(response.body()).isEqualTo("https://pairwise.io/problems/" + type);
    }
}
