package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.platform.messaging.EventSubscription;
import io.pairwise.testsupport.ServiceIntegrationTest;
import io.pairwise.testsupport.TestClockConfiguration;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One application context on the real broker and store, a real SMTP server (GreenMail) on a port of its
 * own, and a local HTTP server for chat webhooks. Driven as in production: other services' events on
 * their topics, HTTP calls with bearer tokens whose subject is the participant id. Short back-offs and
 * a quickly opening breaker keep the failure paths fast.
 */
@SpringBootTest(classes = {NotificationServiceApplication.class, TestClockConfiguration.class},
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
                "pairwise.notifications.plain-http-webhooks=true",
                "pairwise.notifications.webhook-hosts=127.0.0.1,hooks.slack.com"})
abstract class NotificationServiceIntegrationTest extends ServiceIntegrationTest {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp = startSmtp();
    static final ChatServer CHAT = new ChatServer();

    @Autowired
    EventSubscription subscription;
    @Autowired
    io.pairwise.notification.persistence.RecipientStore recipients;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
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

    /** The mail's plain-text part. */
    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The mail's HTML alternative. */
    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
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
}
