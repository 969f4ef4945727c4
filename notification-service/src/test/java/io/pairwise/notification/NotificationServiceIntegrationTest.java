package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.cloudevents.CloudEvent;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.testsupport.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One application context on the real broker and store, a real SMTP server (GreenMail) on a port of its
 * own, and a local HTTP server for chat webhooks. Driven as in production: other services' events on
 * their topics, HTTP calls with bearer tokens whose subject is the participant id. Short back-offs and
 * a quickly opening breaker keep the failure paths fast.
 */
@SpringBootTest(classes = {NotificationServiceApplication.class,
        NotificationServiceIntegrationTest.TestClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pairwise.events.consumer-group=notification-service-it",
                "pairwise.notifications.poll-interval=PT0.2S",
                "pairwise.notifications.initial-backoff=PT0.2S",
                "pairwise.notifications.max-backoff=PT1S",
                "pairwise.notifications.max-attempts=40",
                "pairwise.notifications.breaker-minimum-calls=2",
                "pairwise.notifications.breaker-open-for=PT2S",
                "pairwise.notifications.lease=PT3S",
                "pairwise.notifications.planned-end-nudge-days=1",
                "pairwise.notifications.plain-http-webhooks=true"})
abstract class NotificationServiceIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int SMTP_PORT = freePort();
    static GreenMail smtp = startSmtp();
    static final ChatServer CHAT = new ChatServer();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, CloudEvent> eventTemplate;
    @Autowired
    TestClock clock;
    @Autowired
    EventSubscription subscription;
    @Autowired
    io.pairwise.notification.persistence.RecipientStore recipients;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static synchronized void restartSmtp() {
        smtp = startSmtp();
    }

    // --- events as other services publish them --------------------------------------------------------------

    EventEnvelope publish(DomainEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(),
                URI.create("/pairwise/" + EventCatalog.of(event.getClass()).topic().producer()), Instant.now(), event,
                null, null);
        publish(envelope);
        return envelope;
    }

    void publish(EventEnvelope envelope) {
        try {
            eventTemplate.send(new ProducerRecord<>(envelope.type().topic().topicName(), envelope.data().aggregateId(),
                    envelope.toCloudEvent())).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish " + envelope.type().type(), e);
        }
    }

    /** A person profile-service announced, with their address, language and zone. */
    String person(String name, String locale, String timeZone) {
        String id = id(name.toLowerCase());
        ParticipantSnapshot sample = EventSamples.mentorProfile();
        ParticipantSnapshot profile = new ParticipantSnapshot(sample.employeeId(), null, name, id + "@example.com", locale,
                sample.jobTitle(), sample.department(), sample.location(), timeZone, sample.languages(),
                sample.managerEmployeeId(), sample.reportingChain(), sample.careerStage(), sample.yearsOfExperience(),
                sample.expertise(), sample.developmentGoals(), sample.interests(), sample.values(),
                sample.communicationStyle(), sample.meetingPreferences(), sample.mentorCapacity(),
                sample.avoidParticipantIds());
        publish(new ProfileUpdated(id, profile, List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> recipients.find(id).isPresent());
        return id;
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- what arrived ---------------------------------------------------------------------------------------

    static List<MimeMessage> mailsTo(String participantId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().equals(participantId + "@example.com"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    JsonNode inbox(String participantId) {
        Response response = get("/api/v1/notifications/inbox", participantId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    List<JsonNode> inboxOfType(String participantId, String type) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        inbox(participantId).forEach(entry -> {
            if (entry.path("type").asString().equals(type)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    JsonNode awaitInboxEntry(String participantId, String type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !inboxOfType(participantId, type).isEmpty());
        return inboxOfType(participantId, type).get(0);
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static String token(String subject, String... roles) {
        return TestInfrastructure.issuer().mint(subject, List.of(roles), Duration.ofMinutes(10));
    }

    Response get(String path, String participant) {
        return call("GET", path, token(participant, "PARTICIPANT"), null);
    }

    Response call(String method, String path, String token, Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }
}
