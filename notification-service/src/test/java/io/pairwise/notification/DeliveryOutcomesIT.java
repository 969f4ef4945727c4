package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.Topic;
import io.pairwise.contracts.matching.DeclineReason;
import io.pairwise.contracts.matching.MatchAccepted;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.notification.domain.DeliveryStatus;
import io.pairwise.notification.persistence.Delivery;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.testsupport.PublishedEvents;
import io.pairwise.testsupport.PublishedEvents.Published;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a delivery leaves behind: delivered and failed events on {@code pairwise.notification.v1} (valid
 * against their schemas), permanent failures for operators, the daily digest, and metrics.
 */
class DeliveryOutcomesIT extends NotificationServiceIntegrationTest {

    private static final PublishedEvents PUBLISHED = new PublishedEvents(Topic.NOTIFICATION, "notificationId");

    @Autowired
    DeliveryStore deliveries;

    @BeforeEach
    void readingPublishedEvents() {
        PUBLISHED.start();
    }

    private List<Published> awaitEvents(String notificationId, String typeSuffix) {
        return PUBLISHED.awaitValid(notificationId, typeSuffix, 1);
    }

    @Test
    void everyDeliveryIsAnnouncedOnTheNotificationTopic() {
        String person = person("Pia", "en", "UTC");
        String mentor = id("mentor");
        var envelope = publish(new MatchAccepted(id("msh"), id("prg"), List.of(mentor), List.of(person), mentor,
                List.of(person), clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.ofSource(envelope.id()).size() == 2
                && deliveries.ofSource(envelope.id()).stream().allMatch(d -> d.status() == DeliveryStatus.SENT));
        for (Delivery delivery : deliveries.ofSource(envelope.id())) {
            Published delivered = awaitEvents(delivery.id(), "notification-delivered.v1").get(0);
            assertThat(delivered.data().path("recipientId").asText()).isEqualTo(person);
            assertThat(delivered.data().path("channel").asText()).isEqualTo(delivery.channel().name());
            assertThat(delivered.data().path("notificationType").asText()).isEqualTo("match-accepted");
            assertThat(delivered.data().path("sourceEventId").asText()).isEqualTo(envelope.id());
            assertThat(delivered.data().path("attemptCount").asInt()).isEqualTo(1);
        }
        String metrics = call("GET", "/actuator/prometheus", null, null).body();
        assertThat(metrics).contains("pairwise_notifications_sent_total{", "type=\"match-accepted\"",
                "pairwise_notifications_breaker_state{");
    }

    @Test
    void aPermanentFailureIsRecordedForOperatorsAndPublished() {
        String person = id("noaddress");
        ParticipantSnapshot sample = EventSamples.menteeProfile();
        ParticipantSnapshot withoutMail = new ParticipantSnapshot(sample.employeeId(), null, "Quinn", null, "en",
                sample.jobTitle(), sample.department(), sample.location(), "UTC", sample.languages(),
                sample.managerEmployeeId(), sample.reportingChain(), sample.careerStage(), sample.yearsOfExperience(),
                sample.expertise(), sample.developmentGoals(), sample.interests(), sample.values(),
                sample.communicationStyle(), sample.meetingPreferences(), sample.mentorCapacity(),
                sample.avoidParticipantIds());
        publish(new ProfileUpdated(person, withoutMail, List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> recipients.find(person).isPresent());
        String program = id("prg");
        var envelope = publish(new MatchDeclined(id("msh"), program, List.of(id("mentor")), List.of(person),
                "someone-else", DeclineReason.SCHEDULE_CONFLICT, clock.instant()));

        String mailId = DeliveryStore.idOf(envelope.id(), person, NotificationChannel.EMAIL);
        Published failed = awaitEvents(mailId, "notification-failed.v1").get(0);
        assertThat(failed.data().path("failureReason").asText()).isEqualTo("INVALID_ADDRESS");
        assertThat(failed.data().path("permanent").asBoolean()).isTrue();
        Response failures = call("GET", "/api/v1/notifications/failures?programId=" + program,
                token("ops", "OPERATOR"), null);
        assertThat(failures.status()).isEqualTo(200);
        assertThat(failures.json()).singleElement().satisfies(entry -> {
            assertThat(entry.path("notificationId").asString()).isEqualTo(mailId);
            assertThat(entry.path("failureReason").asString()).isEqualTo("INVALID_ADDRESS");
        });
        // The inbox still got it.
        awaitInboxEntry(person, "match-declined");
    }

    @Test
    void theDailyDigestBundlesMailsThatCanWait() throws Exception {
        String person = person("Rae", "en", "UTC");
        LocalTime digestAt = clock.instant().plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC).toLocalTime()
                .truncatedTo(ChronoUnit.MINUTES);
        Response saved = call("PUT", "/api/v1/notifications/preferences", token(person, "PARTICIPANT"),
                Map.of("dailyDigest", true, "digestAt", digestAt.toString()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        publish(new MatchAccepted(id("msh"), id("prg"), List.of(id("mentor")), List.of(person), "someone",
                List.of(), clock.instant()));
        publish(new MatchDeclined(id("msh"), id("prg"), List.of(id("mentor")), List.of(person), "someone",
                DeclineReason.NO_CAPACITY, clock.instant()));
        awaitInboxEntry(person, "match-accepted");
        awaitInboxEntry(person, "match-declined");
        assertThat(mailsTo(person)).isEmpty();

        clock.advance(Duration.ofHours(2).plusMinutes(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(person).size() == 1);
        MimeMessage digest = mailsTo(person).get(0);
        assertThat(subject(digest)).isEqualTo("Your Pairwise digest: 2 updates");
        assertThat(text(digest)).contains("* someone accepted your mentoring match",
                "* A proposed mentorship will not go ahead");
        Thread.sleep(1000);
        assertThat(mailsTo(person)).hasSize(1);
    }
}
