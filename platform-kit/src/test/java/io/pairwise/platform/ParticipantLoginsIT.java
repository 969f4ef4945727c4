package io.pairwise.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.Topic;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.platform.messaging.EventSubscription;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** A token's login resolves to the participant id the profile events name, as those events say. */
class ParticipantLoginsIT extends KitIntegrationTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> events;
    @Autowired
    EventSubscription subscription;

    @Test
    void theLoginOfARegisteredParticipantResolvesToTheirIdUntilTheyAreErased() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(subscription::isAssigned);
        String participant = "prt-" + UUID.randomUUID();
        String login = "login-" + UUID.randomUUID();
        String token = token(login, "PARTICIPANT");
        assertThat(whoami(token)).as("unknown login: the subject itself").contains("\"participant\":\"" + login + "\"");

        Instant registered = Instant.now();
        send(new MentorRegistered(participant, "prg-1", snapshot(login), 2, registered));
        await().atMost(Duration.ofSeconds(30)).until(() -> whoami(token).contains("\"participant\":\"" + participant + "\""));
        assertThat(whoami(token)).contains("\"login\":\"" + login + "\"");

        // An older profile event arriving late changes nothing; a newer one moves the login.
        String renamed = "renamed-" + UUID.randomUUID();
        send(new ProfileUpdated(participant, snapshot("stale-" + login), List.of(), registered.minusSeconds(60)));
        send(new ProfileUpdated(participant, snapshot(renamed), List.of(), registered.plusSeconds(60)));
        String renamedToken = token(renamed, "PARTICIPANT");
        await().atMost(Duration.ofSeconds(30)).until(() -> whoami(renamedToken).contains("\"participant\":\"" + participant + "\""));
        assertThat(whoami(token(login, "PARTICIPANT"))).contains("\"participant\":\"" + login + "\"");
        assertThat(whoami(token("stale-" + login, "PARTICIPANT"))).contains("\"participant\":\"stale-" + login + "\"");

        send(new ParticipantErased(participant, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> whoami(renamedToken).contains("\"participant\":\"" + renamed + "\""));
    }

    private String whoami(String token) throws Exception {
        var response = call("GET", "/api/v1/whoami", token, null, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private void send(DomainEvent event) throws Exception {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), URI.create("/pairwise/profile-service"),
                Instant.now(), event, null, "corr-logins");
        events.send(new ProducerRecord<>(Topic.PROFILE.topicName(), event.aggregateId(), envelope.toCloudEvent())).get();
    }

    private static ParticipantSnapshot snapshot(String login) {
        ParticipantSnapshot s = EventSamples.mentorProfile();
        return new ParticipantSnapshot(s.employeeId(), login, s.displayName(), s.email(), s.preferredLocale(), s.jobTitle(),
                s.department(), s.location(), s.timeZone(), s.languages(), s.managerEmployeeId(), s.reportingChain(),
                s.careerStage(), s.yearsOfExperience(), s.expertise(), s.developmentGoals(), s.interests(), s.values(),
                s.communicationStyle(), s.meetingPreferences(), s.mentorCapacity(), s.avoidParticipantIds());
    }
}
