package io.pairwise.session.domain;

import static io.pairwise.session.domain.Fixtures.MENTEE;
import static io.pairwise.session.domain.Fixtures.MENTOR;
import static io.pairwise.session.domain.Fixtures.NOW;
import static io.pairwise.session.domain.Fixtures.OUTSIDER;
import static io.pairwise.session.domain.Fixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.FeedbackSubmitted;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionMissed;
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant LATER = NOW.plus(Duration.ofDays(2));

    @Test
    void schedulingAnnouncesTheSessionForEveryMemberInUtcWithItsZone() {
        Change<Session> change = Session.schedule(Fixtures.mentorship(), null,
                new Slot(NOW.plus(Duration.ofDays(1)), 45, "Europe/Berlin"), Fixtures.video(), MENTEE, NOW);
        Session session = change.state();
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.endsAt()).isEqualTo(session.startsAt().plus(Duration.ofMinutes(45)));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(SessionScheduled.class, event -> {
            assertThat(event.memberIds()).containsExactly(MENTOR, MENTEE);
            assertThat(event.timeZone()).isEqualTo("Europe/Berlin");
            assertThat(event.scheduledBy()).isEqualTo(MENTEE);
            assertThat(event.programId()).isEqualTo("prg-1");
        });
    }

    @Test
    void onlyMembersScheduleOnlyWhileActiveAndOnlyInTheFuture() {
        Slot tomorrow = new Slot(NOW.plus(Duration.ofDays(1)), 30, "UTC");
        assertThatThrownBy(() -> Session.schedule(Fixtures.mentorship(), null, tomorrow, Fixtures.video(), OUTSIDER, NOW))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Session.schedule(Fixtures.mentorship(), null, new Slot(NOW, 30, "UTC"), Fixtures.video(),
                MENTOR, NOW)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        Mentorship paused = Fixtures.mentorship();
        paused.pause();
        assertThatThrownBy(() -> Session.schedule(paused, null, tomorrow, Fixtures.video(), MENTOR, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("paused");
    }

    @Test
    void reschedulingMovesItRevisesTheInviteAndCarriesThePreviousStart() {
        Session session = scheduled(Duration.ofDays(1));
        Instant before = session.startsAt();
        List<DomainEvent> events = session.reschedule(MENTOR, new Slot(LATER, 60, "America/New_York"), null, NOW);
        assertThat(session.startsAt()).isEqualTo(LATER);
        assertThat(session.sequence()).isEqualTo(1);
        assertThat(session.channel()).isEqualTo(SessionChannel.VIDEO);
        assertThat(events).singleElement().isInstanceOfSatisfying(SessionRescheduled.class, event -> {
            assertThat(event.previousStartsAt()).isEqualTo(before);
            assertThat(event.durationMinutes()).isEqualTo(60);
            assertThat(event.timeZone()).isEqualTo("America/New_York");
        });
    }

    @Test
    void membersCancelWithTheirReasonsAndThePlatformWithItsOwn() {
        Session session = scheduled(Duration.ofDays(1));
        assertThatThrownBy(() -> session.cancel(MENTOR, CancellationReason.RELATIONSHIP_ENDED, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.cancel(MENTOR, CancellationReason.ILLNESS, NOW)).singleElement()
                .isInstanceOfSatisfying(SessionCancelled.class, e -> assertThat(e.cancelledBy()).isEqualTo(MENTOR));
        assertThatThrownBy(() -> session.cancel(MENTOR, CancellationReason.ILLNESS, NOW))
                .isInstanceOf(RuleViolationException.class);
        // The platform's cancellation of an already closed session changes nothing and says nothing.
        assertThat(session.cancelBySystem(CancellationReason.RELATIONSHIP_ENDED, NOW)).isEmpty();
        assertThat(scheduled(Duration.ofDays(1)).cancelBySystem(CancellationReason.RELATIONSHIP_ENDED, NOW))
                .singleElement().isInstanceOfSatisfying(SessionCancelled.class, e -> assertThat(e.cancelledBy()).isNull());
    }

    @Test
    void aSessionIsHeldOnlyOnceStartedAndOnlyWithMembersAttending() {
        Session session = scheduled(Duration.ofHours(1));
        Instant during = session.startsAt().plus(Duration.ofMinutes(10));
        assertThatThrownBy(() -> session.markHeld(MENTOR, List.of(MENTOR), null, null, List.of(), NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not started");
        assertThatThrownBy(() -> session.markHeld(MENTOR, List.of(MENTOR, OUTSIDER), null, null, List.of(), during))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(OUTSIDER);
        assertThatThrownBy(() -> session.markHeld(MENTOR, List.of(), null, null, List.of(), during))
                .isInstanceOf(IllegalArgumentException.class);

        List<DomainEvent> events = session.markHeld(MENTOR, List.of(MENTOR, MENTEE), 55, "Went well",
                List.of(new ActionItem.Draft("Send the deck", MENTEE, null)), during);
        assertThat(events).singleElement().isInstanceOfSatisfying(SessionHeld.class, event -> {
            assertThat(event.durationMinutes()).isEqualTo(55);
            assertThat(event.attendeeIds()).containsExactly(MENTOR, MENTEE);
        });
        assertThat(session.notes()).extracting(Note::authorId).containsExactly(MENTOR);
        assertThat(session.actionItems()).singleElement().satisfies(item -> assertThat(item.ownerId()).isEqualTo(MENTEE));
        assertThat(session.endsAt()).isEqualTo(session.startsAt().plus(Duration.ofMinutes(55)));
        assertThatThrownBy(() -> session.markMissed(MENTOR, List.of(), during)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aMissedSessionNamesWhoWasAbsentAndWhoReportedIt() {
        Session session = scheduled(Duration.ofHours(1));
        Instant after = session.endsAt().plusSeconds(1);
        assertThat(session.markMissed(null, List.of(), after)).singleElement()
                .isInstanceOfSatisfying(SessionMissed.class, event -> {
                    assertThat(event.reportedBy()).isNull();
                    assertThat(event.absentIds()).isEmpty();
                });
        assertThat(session.status()).isEqualTo(SessionStatus.MISSED);
    }

    @Test
    void eachMemberRatesAHeldSessionOnce() {
        Session session = scheduled(Duration.ofHours(1));
        assertThatThrownBy(() -> session.giveFeedback(MENTEE, 5, null, NOW)).isInstanceOf(RuleViolationException.class);
        Instant after = session.endsAt();
        session.markHeld(MENTOR, List.of(MENTOR, MENTEE), null, null, List.of(), after);
        assertThatThrownBy(() -> session.giveFeedback(MENTEE, 6, null, after)).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.giveFeedback(MENTEE, 5, "Helpful", after)).singleElement()
                .isInstanceOfSatisfying(FeedbackSubmitted.class, e -> assertThat(e.rating()).isEqualTo(5));
        assertThatThrownBy(() -> session.giveFeedback(MENTEE, 4, null, after)).isInstanceOf(RuleViolationException.class);
        assertThat(session.giveFeedback(MENTOR, 4, null, after)).hasSize(1);
    }

    @Test
    void erasureRemovesThePersonsWordsKeepsOthersAndCancelsWhatIsToCome() {
        Session held = scheduled(Duration.ofHours(1));
        Instant after = held.endsAt();
        held.markHeld(MENTOR, List.of(MENTOR, MENTEE), null, "Mentor's view",
                List.of(new ActionItem.Draft("Practice the talk", MENTEE, null)), after);
        held.writeNote(MENTEE, "Mentee's worries", after);
        held.giveFeedback(MENTEE, 2, "Felt judged", after);
        assertThat(held.erase(MENTEE, after)).isEmpty();
        assertThat(held.notes()).extracting(Note::text).containsExactly("Mentor's view");
        assertThat(held.feedback()).singleElement().satisfies(f -> {
            assertThat(f.comment()).isNull();
            assertThat(f.rating()).isEqualTo(2);
        });
        assertThat(held.actionItems()).singleElement().satisfies(item -> assertThat(item.ownerId()).isNull());

        Session upcoming = scheduled(Duration.ofDays(3));
        assertThat(upcoming.erase(MENTEE, NOW)).singleElement().isInstanceOfSatisfying(SessionCancelled.class,
                e -> assertThat(e.reasonCode()).isEqualTo(CancellationReason.PARTICIPANT_ERASED));
    }

    @Test
    void aMemberKeepsOneNoteThatTheyCanReplaceButNotOnACancelledSession() {
        Session session = scheduled(Duration.ofDays(1));
        session.writeNote(MENTEE, "first", NOW);
        session.writeNote(MENTEE, "second", NOW);
        assertThat(session.notes()).extracting(Note::text).containsExactly("second");
        session.cancel(MENTEE, CancellationReason.WORKLOAD, NOW);
        assertThatThrownBy(() -> session.writeNote(MENTOR, "late", NOW)).isInstanceOf(RuleViolationException.class);
    }
}
