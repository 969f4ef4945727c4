package io.pairwise.matching.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.matching.DeclineReason;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.MatchAccepted;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.PauseReason;
import io.pairwise.contracts.matching.ProposalOrigin;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.matching.RelationshipOutcome;
import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MentorshipTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Function<String, Member> CARDS = id -> new Member(id, "Name " + id, "Europe/Berlin");

    private static Mentorship.Terms terms(ProposalOrigin origin, boolean group, List<String> mentees) {
        return new Mentorship.Terms("msh-1", "prg-1", origin, group, List.of("mentor"), mentees, 0.8,
                Map.of("SKILL_FIT", 0.5, "TIME_ZONE_OVERLAP", 0.3),
                List.of(new Reason(Criterion.SKILL_FIT, "shared-goal", Map.of("skill", "Go", "mentorLevel", "5"),
                        "shares your goal: Go (mentor level 5)")), List.of("Go"), 14, LocalDate.parse("2026-09-01"));
    }

    @Test
    void aProposalBecomesActiveOnlyWhenEveryMemberAccepted() {
        Mentorship m = Mentorship.proposed(terms(ProposalOrigin.AUTOMATIC, false, List.of("mentee")),
                List.of("mentor", "mentee"), NOW.plus(Duration.ofDays(7)), NOW);
        MatchProposed proposed = (MatchProposed) m.proposedEvent();
        assertThat(proposed.reasons().getFirst().text()).isEqualTo("shares your goal: Go (mentor level 5)");
        assertThat(proposed.contributions()).hasSize(2);
        assertThat(m.completesWith("mentee")).isFalse();

        List<DomainEvent> first = m.accept("mentee", CARDS, NOW);
        assertThat(first).singleElement().isInstanceOf(MatchAccepted.class);
        assertThat(((MatchAccepted) first.getFirst()).awaitingParticipantIds()).containsExactly("mentor");
        assertThat(m.completesWith("mentor")).isTrue();
        assertThatThrownBy(() -> m.accept("mentee", CARDS, NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> m.accept("stranger", CARDS, NOW)).isInstanceOf(NotFoundException.class);

        List<DomainEvent> second = m.accept("mentor", CARDS, NOW);
        assertThat(second).hasSize(2);
        PairMatched matched = (PairMatched) second.get(1);
        assertThat(matched.mentors()).containsExactly(CARDS.apply("mentor"));
        assertThat(matched.cadenceDays()).isEqualTo(14);
        assertThat(m.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(m.expiresAt()).isNull();
    }

    @Test
    void aGroupBecomesAGroupFormed() {
        Mentorship m = Mentorship.active(terms(ProposalOrigin.ADMIN_BATCH, true, List.of("a", "b")), NOW);
        GroupFormed formed = (GroupFormed) m.activate(CARDS, NOW);
        assertThat(formed.mentees()).extracting(Member::participantId).containsExactly("a", "b");
        assertThat(formed.sharedGoals()).containsExactly("Go");
    }

    @Test
    void aDeclinedOrExpiredRequestLeavesItsSuccessorToSend() {
        Mentorship declined = Mentorship.proposed(terms(ProposalOrigin.MENTEE_REQUEST, false, List.of("mentee")),
                List.of("mentor"), NOW.plusSeconds(60), NOW);
        assertThat(declined.decline("mentor", DeclineReason.NO_CAPACITY, NOW)).isInstanceOf(MatchDeclined.class);
        assertThat(declined.successorPending()).isTrue();

        Mentorship expiring = Mentorship.proposed(terms(ProposalOrigin.MENTEE_REQUEST, false, List.of("mentee")),
                List.of("mentor"), NOW.plusSeconds(60), NOW);
        assertThatThrownBy(() -> expiring.expire(NOW)).as("not before the deadline")
                .isInstanceOf(RuleViolationException.class);
        MatchExpired expired = (MatchExpired) expiring.expire(NOW.plusSeconds(60));
        assertThat(expired.unansweredBy()).containsExactly("mentor");
        assertThat(expiring.successorPending()).isTrue();
        expiring.successorSent();
        assertThat(expiring.successorPending()).isFalse();

        Mentorship queued = Mentorship.queued(terms(ProposalOrigin.MENTEE_REQUEST, false, List.of("mentee")), 1, NOW);
        assertThat(((MatchProposed) queued.send(NOW.plusSeconds(120), NOW)).expiresAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(queued.status()).isEqualTo(MentorshipStatus.PROPOSED);
    }

    @Test
    void activePausedEndedWithReflectionsThatNeverReachTheEvent() {
        Mentorship m = Mentorship.active(terms(ProposalOrigin.ADMIN_BATCH, false, List.of("mentee")), NOW);
        assertThatThrownBy(() -> m.resume("mentee", NOW)).isInstanceOf(RuleViolationException.class);
        m.pause("mentee", PauseReason.LEAVE, NOW);
        assertThatThrownBy(() -> m.pause("mentee", PauseReason.LEAVE, NOW)).isInstanceOf(RuleViolationException.class);
        m.resume("mentor", NOW);
        assertThatThrownBy(() -> m.endEarly("mentee", EndReason.PLANNED_END, null, NOW))
                .isInstanceOf(RuleViolationException.class);
        RelationshipEnded ended = (RelationshipEnded) m.endEarly("mentee", EndReason.NOT_A_FIT, "No rhythm", NOW);
        assertThat(ended.outcome()).isEqualTo(RelationshipOutcome.ENDED_EARLY);
        assertThat(ended.toString()).doesNotContain("No rhythm");
        assertThat(m.badFit()).isTrue();
        m.reflect("mentor", "Expectations differed", NOW);
        assertThatThrownBy(() -> m.reflect("mentor", "again", NOW)).isInstanceOf(RuleViolationException.class);
        assertThat(m.reflections()).extracting(Reflection::participantId).containsExactly("mentee", "mentor");
        m.forgetReflectionsOf("mentee");
        assertThat(m.reflections()).extracting(Reflection::participantId).containsExactly("mentor");
    }

    @Test
    void completesAtThePlannedEndAndOnlyOnce() {
        Mentorship m = Mentorship.active(terms(ProposalOrigin.ADMIN_BATCH, false, List.of("mentee")), NOW);
        assertThatThrownBy(() -> m.reflect("mentee", "too early", NOW)).isInstanceOf(RuleViolationException.class);
        RelationshipEnded completed = (RelationshipEnded) m.complete(NOW);
        assertThat(completed.outcome()).isEqualTo(RelationshipOutcome.COMPLETED);
        assertThat(completed.endedBy()).isNull();
        assertThat(m.badFit()).isFalse();
        assertThatThrownBy(() -> m.complete(NOW)).isInstanceOf(RuleViolationException.class);
    }
}
