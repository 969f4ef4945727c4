package io.pairwise.profile.messaging;

import static io.pairwise.profile.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventJson;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.profile.WithdrawalReason;
import io.pairwise.profile.EventSchemas;
import io.pairwise.profile.domain.Fixtures;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantChange;
import io.pairwise.profile.domain.ParticipantProfile;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.RoleChoice;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileEventsTest {

    private final Program career = Fixtures.openProgram(MentoringType.CAREER);
    private final Participant ingrid = Fixtures.participant();

    @Test
    void enrollingInBothRolesRegistersAMentorThenAMenteeWithASchemaValidSnapshot() {
        ParticipantChange change = ingrid.enroll(career, RoleChoice.BOTH.roles(), null, "ingrid", NOW);

        List<DomainEvent> events = ProfileEvents.of(change, List.of("E10007", "E10001"), NOW);

        assertThat(events).hasSize(2);
        MentorRegistered mentor = (MentorRegistered) events.get(0);
        assertThat(mentor.capacity()).isEqualTo(2);
        assertThat(mentor.profile().reportingChain()).containsExactly("E10007", "E10001");
        assertThat(mentor.profile().preferredLocale()).as("the first language stands in").isEqualTo("de");
        assertThat(events.get(1)).isInstanceOf(MenteeRegistered.class);
        events.forEach(ProfileEventsTest::assertSchemaValid);
        assertThat(ProfileEvents.needsSnapshot(change)).isTrue();
    }

    @Test
    void aProfileChangeIsPublishedOnlyForSomeoneEnrolled() {
        ParticipantProfile renamed = withName("Ingrid Weber");

        ParticipantChange notEnrolled = ingrid.updateProfile(renamed, Map.of(), NOW);
        assertThat(ProfileEvents.needsSnapshot(notEnrolled)).isFalse();
        assertThat(ProfileEvents.of(notEnrolled, List.of(), NOW)).isEmpty();

        Participant enrolled = ingrid.enroll(career, Set.of(Role.MENTEE), null, "ingrid", NOW).after();
        List<DomainEvent> events = ProfileEvents.of(enrolled.updateProfile(renamed, Map.of(), NOW), List.of(), NOW);
        assertThat(events).singleElement().isInstanceOfSatisfying(ProfileUpdated.class, updated -> {
            assertThat(updated.profile().displayName()).isEqualTo("Ingrid Weber");
            assertThat(updated.enrollments()).singleElement()
                    .satisfies(e -> assertThat(e.role()).isEqualTo(Role.MENTEE));
        });
        events.forEach(ProfileEventsTest::assertSchemaValid);
    }

    @Test
    void erasureWithdrawsFirstAndThenCarriesTheIdAlone() {
        Participant enrolled = ingrid.enroll(career, RoleChoice.BOTH.roles(), null, "ingrid", NOW).after();

        List<DomainEvent> events = ProfileEvents.of(enrolled.erase(WithdrawalReason.PARTICIPANT_REQUEST, NOW),
                List.of(), NOW);

        assertThat(events).hasSize(3);
        assertThat(events.subList(0, 2)).allSatisfy(e -> assertThat(((EnrollmentWithdrawn) e).reason())
                .isEqualTo(WithdrawalReason.PARTICIPANT_REQUEST));
        assertThat(events.get(2)).isEqualTo(new ParticipantErased("prt-1", NOW));
        events.forEach(ProfileEventsTest::assertSchemaValid);
    }

    @Test
    void programSnapshotsAreSchemaValid() {
        Program closed = career.close("ada", NOW);

        assertSchemaValid(ProfileEvents.created(career, NOW));
        assertSchemaValid(ProfileEvents.updated(career, NOW));
        assertSchemaValid(ProfileEvents.closed(closed, NOW));
        assertThat(ProfileEvents.snapshot(career).evergreen()).isTrue();
        assertThat(ProfileEvents.closed(closed, NOW).closedBy()).isEqualTo("ada");
    }

    private static ParticipantProfile withName(String name) {
        ParticipantProfile p = Fixtures.profile();
        return new ParticipantProfile(name, p.email(), p.preferredLocale(), p.jobTitle(), p.department(), p.location(),
                p.timeZone(), p.languages(), p.managerEmployeeId(), p.careerStage(), p.yearsOfExperience(),
                p.expertise(), p.developmentGoals(), p.interests(), p.values(), p.communicationStyle(),
                p.meetingPreferences(), p.mentorCapacity(), p.avoidParticipantIds());
    }

    private static void assertSchemaValid(DomainEvent event) {
        String type = EventCatalog.of(event.getClass()).type();
        assertThat(EventSchemas.validate(type, EventJson.write(event))).as(type).isEmpty();
    }
}
