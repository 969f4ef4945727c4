package io.pairwise.session.domain;

import static io.pairwise.session.domain.Fixtures.MENTEE;
import static io.pairwise.session.domain.Fixtures.MENTOR;
import static io.pairwise.session.domain.Fixtures.NOW;
import static io.pairwise.session.domain.Fixtures.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pairwise.contracts.session.AgreementConfirmed;
import io.pairwise.contracts.session.GoalAchieved;
import io.pairwise.contracts.session.GoalSet;
import io.pairwise.contracts.session.SessionChannel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentorshipTest {

    private static final Agreement.Terms FORTNIGHTLY = new Agreement.Terms("Come prepared", 14,
            List.of(SessionChannel.VIDEO, SessionChannel.VIDEO, SessionChannel.IN_PERSON), "Stays between us",
            List.of("Lead a project"));

    @Test
    void theAgreementIsInForceWhenEveryMemberConfirmedTheCurrentVersion() {
        Mentorship mentorship = Fixtures.mentorship();
        mentorship.editAgreement(MENTEE, 0, FORTNIGHTLY, NOW);
        Agreement draft = mentorship.agreement().orElseThrow();
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.channels()).containsExactly(SessionChannel.VIDEO, SessionChannel.IN_PERSON);
        assertThat(mentorship.agreedCadenceDays()).isEmpty();

        assertThat(mentorship.confirmAgreement(MENTEE, 1, NOW)).isEmpty();
        assertThat(mentorship.confirmAgreement(MENTEE, 1, NOW)).isEmpty();
        assertThat(mentorship.confirmAgreement(MENTOR, 1, NOW)).singleElement()
                .isInstanceOfSatisfying(AgreementConfirmed.class, event -> {
                    assertThat(event.memberIds()).containsExactly(MENTOR, MENTEE);
                    assertThat(event.cadenceDays()).isEqualTo(14);
                });
        assertThat(mentorship.agreedCadenceDays()).contains(14);
        assertThat(mentorship.confirmAgreement(MENTOR, 1, NOW)).isEmpty();
    }

    @Test
    void anEditStartsANewVersionOnlyFromTheCurrentOneAndClearsConfirmations() {
        Mentorship mentorship = Fixtures.mentorship();
        mentorship.editAgreement(MENTEE, 0, FORTNIGHTLY, NOW);
        mentorship.confirmAgreement(MENTEE, 1, NOW);
        mentorship.confirmAgreement(MENTOR, 1, NOW);
        assertThatThrownBy(() -> mentorship.editAgreement(MENTOR, 0, FORTNIGHTLY, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("version 1");
        mentorship.editAgreement(MENTOR, 1, FORTNIGHTLY, NOW);
        assertThat(mentorship.agreement().orElseThrow().confirmations()).isEmpty();
        assertThat(mentorship.agreedCadenceDays()).isEmpty();
        assertThatThrownBy(() -> mentorship.confirmAgreement(MENTEE, 1, NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> mentorship.editAgreement(OUTSIDER, 2, FORTNIGHTLY, NOW))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void termsNeedACadenceAndAChannel() {
        assertThatThrownBy(() -> new Agreement.Terms("x", 0, List.of(SessionChannel.CHAT), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Agreement.Terms("x", 7, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goalsAreSetProgressedByMilestonesAndAchievedOnce() {
        Mentorship mentorship = Fixtures.mentorship();
        Change<Goal> set = mentorship.setGoal(MENTEE, new Goal.Draft("Lead planning", null, "Facilitation",
                LocalDate.parse("2026-06-30"), List.of("Shadow", "Co-lead", "Lead")), NOW);
        Goal goal = set.state();
        assertThat(set.events()).singleElement().isInstanceOfSatisfying(GoalSet.class, event -> {
            assertThat(event.skill()).isEqualTo("Facilitation");
            assertThat(event.setBy()).isEqualTo(MENTEE);
        });

        String shadow = goal.milestones().getFirst().id();
        assertThat(mentorship.recordProgress(MENTOR, goal.id(), null, List.of(shadow), NOW).progressPercent()).isEqualTo(33);
        assertThat(mentorship.recordProgress(MENTOR, goal.id(), 60, List.of(), NOW).progressPercent()).isEqualTo(60);
        assertThat(mentorship.recordProgress(MENTOR, goal.id(), null, List.of(), NOW).progressPercent()).isEqualTo(60);
        assertThat(mentorship.addMilestone(MENTEE, goal.id(), "Retro").progressPercent()).isEqualTo(25);
        assertThatThrownBy(() -> mentorship.recordProgress(MENTOR, goal.id(), null, List.of("nope"), NOW))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(mentorship.achieveGoal(MENTEE, goal.id(), NOW).events()).singleElement()
                .isInstanceOfSatisfying(GoalAchieved.class, event -> assertThat(event.setAt()).isEqualTo(NOW));
        assertThat(mentorship.goal(goal.id()).orElseThrow().progressPercent()).isEqualTo(100);
        assertThatThrownBy(() -> mentorship.achieveGoal(MENTEE, goal.id(), NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> mentorship.achieveGoal(MENTEE, "other", NOW)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anErasedMemberLeavesForGoodAndAnEndedMentorshipTakesNoChanges() {
        Mentorship mentorship = Fixtures.mentorship();
        mentorship.erase(MENTEE);
        assertThat(mentorship.memberIds()).containsExactly(MENTOR);
        assertThat(mentorship.isMember(MENTEE)).isFalse();
        mentorship.rematched("prg-1", Fixtures.mentorship().members(), 21, null);
        assertThat(mentorship.memberIds()).containsExactly(MENTOR);
        assertThat(mentorship.cadenceDays()).isEqualTo(21);
        assertThatThrownBy(mentorship::requireSchedulable).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("fewer than two");

        Mentorship ended = Fixtures.mentorship();
        ended.end(NOW);
        ended.resume();
        assertThat(ended.status()).isEqualTo(MentorshipStatus.ENDED);
        assertThatThrownBy(() -> ended.setGoal(MENTOR, new Goal.Draft("x", null, null, null, null), NOW))
                .isInstanceOf(RuleViolationException.class);
    }
}
