package io.pairwise.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionScheduled;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventNotificationsTest {

    private final EventNotifications notifications = new EventNotifications(id -> "Name of " + id);

    @Test
    void aProposalGoesToEveryoneAwaitedWithItsReasons() {
        MatchProposed proposed = EventSamples.sample(MatchProposed.class);
        List<NotificationRequest> requests = notifications.of(proposed);
        assertThat(requests).extracting(NotificationRequest::recipientId)
                .containsExactlyElementsOf(proposed.awaitingParticipantIds());
        NotificationRequest first = requests.get(0);
        assertThat(first.type()).isEqualTo(NotificationType.MATCH_PROPOSED);
        assertThat((List<?>) first.facts().get("reasons")).hasSize(proposed.reasons().size());
        assertThat(first.facts().get("expiresAt")).isEqualTo(proposed.expiresAt().toString());
        assertThat(first.facts().get("others")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .doesNotContain("Name of " + first.recipientId());
    }

    @Test
    void theActorIsNotToldWhatTheyDid() {
        MatchDeclined declined = EventSamples.sample(MatchDeclined.class);
        assertThat(notifications.of(declined)).extracting(NotificationRequest::recipientId)
                .doesNotContain(declined.declinedBy()).isNotEmpty();
        // The reason code stays out: it can be sensitive.
        assertThat(notifications.of(declined)).allSatisfy(r -> assertThat(r.facts()).doesNotContainKey("reason"));
        SessionScheduled scheduled = EventSamples.sample(SessionScheduled.class);
        assertThat(notifications.of(scheduled)).extracting(NotificationRequest::recipientId)
                .doesNotContain(scheduled.scheduledBy());
    }

    @Test
    void introductionsShowEachMemberTheOthersCards() {
        PairMatched matched = EventSamples.sample(PairMatched.class);
        List<NotificationRequest> requests = notifications.of(matched);
        assertThat(requests).hasSize(matched.mentors().size() + matched.mentees().size());
        NotificationRequest toMentee = requests.stream()
                .filter(r -> r.recipientId().equals(matched.mentees().get(0).participantId())).findFirst().orElseThrow();
        assertThat(toMentee.facts().get("role")).isEqualTo("mentee");
        assertThat((List<?>) toMentee.facts().get("partners")).singleElement()
                .satisfies(card -> assertThat(((Map<?, ?>) card).get("name"))
                        .isEqualTo(matched.mentors().get(0).displayName()));
    }

    @Test
    void feedbackIsAskedOfTheAttendees() {
        SessionHeld held = EventSamples.sample(SessionHeld.class);
        assertThat(notifications.feedbackRequests(held)).extracting(NotificationRequest::recipientId)
                .containsExactlyElementsOf(held.attendeeIds().isEmpty() ? held.memberIds() : held.attendeeIds())
                .allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(notifications.feedbackRequests(held)).extracting(NotificationRequest::type)
                .containsOnly(NotificationType.FEEDBACK_REQUEST);
    }
}
