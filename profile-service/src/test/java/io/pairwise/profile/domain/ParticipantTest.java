package io.pairwise.profile.domain;

import static io.pairwise.profile.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.profile.SkillLevel;
import io.pairwise.contracts.profile.WithdrawalReason;
import io.pairwise.profile.domain.EmployeeRecord.Field;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    private final Participant ingrid = Fixtures.participant();

    @Test
    void enrollsAsMentorWithTheProgramsDefaultCapacityWhenTheyGaveNone() {
        ParticipantChange change = ingrid.enroll(Fixtures.openProgram(MentoringType.CAREER), Set.of(Role.MENTOR), null,
                "ingrid", NOW);

        assertThat(change.enrolled()).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo(Role.MENTOR);
            assertThat(e.capacity()).isEqualTo(2);
            assertThat(e.enrolledBy()).isEqualTo("ingrid");
        });
        assertThat(change.after().rolesIn("prg-1")).containsExactly(Role.MENTOR);
        assertThat(change.after().updatedAt()).isEqualTo(NOW);
    }

    @Test
    void theMentoringTypeDecidesWhichRolesGoTogether() {
        assertThat(ingrid.enroll(Fixtures.openProgram(MentoringType.CAREER), RoleChoice.BOTH.roles(), 3, "ingrid", NOW)
                .enrolled()).extracting(ProgramEnrollment::role, ProgramEnrollment::capacity)
                .containsExactly(tuple(Role.MENTOR, 3),
                        tuple(Role.MENTEE, null));
        assertThatThrownBy(() -> ingrid.enroll(Fixtures.openProgram(MentoringType.PEER), Set.of(Role.MENTEE), null,
                "ingrid", NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("(BOTH)");
        Program reverse = Fixtures.openProgram(MentoringType.REVERSE);
        Participant mentee = ingrid.enroll(reverse, Set.of(Role.MENTEE), null, "ingrid", NOW).after();
        assertThatThrownBy(() -> mentee.enroll(reverse, Set.of(Role.MENTOR), null, "ingrid", NOW))
                .hasMessageContaining("one role only");
        assertThatThrownBy(() -> mentee.enroll(reverse, Set.of(Role.MENTEE), null, "ingrid", NOW))
                .hasMessageContaining("already enrolled as MENTEE");
    }

    @Test
    void refusesWithEveryReasonAtOnce() {
        Program strict = Fixtures.openProgram(Fixtures.settings(MentoringType.CAREER,
                new Eligibility(List.of("Payments"), List.of(), List.of()))).closeEnrollment(NOW);

        assertThatThrownBy(() -> ingrid.enroll(strict, Set.of(Role.MENTEE), null, "ingrid", NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("enrollment is not open")
                .hasMessageContaining("department Platform Engineering is not eligible");
    }

    @Test
    void anIncompleteProfileCannotEnrolAndCapacityIsForMentorsOnly() {
        Participant provisioned = Participant.provision("prt-2", record(Set.of(Field.DISPLAY_NAME, Field.EMAIL)), NOW);
        Program career = Fixtures.openProgram(MentoringType.CAREER);

        assertThat(provisioned.userName()).isEqualTo("tiago@example.com");
        assertThatThrownBy(() -> provisioned.enroll(career, Set.of(Role.MENTEE), null, "x", NOW))
                .hasMessageContaining("the profile lacks department, timeZone, languages, careerStage");
        assertThatThrownBy(() -> ingrid.enroll(career, Set.of(Role.MENTEE), 2, "x", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void symmetricProgramsAreLeftInBothRolesAndAnEmptyRoleSetLeavesEveryRole() {
        Program peer = Fixtures.openProgram(MentoringType.PEER);
        Participant both = ingrid.enroll(peer, RoleChoice.BOTH.roles(), null, "ingrid", NOW).after();

        ParticipantChange left = both.withdraw(peer, Set.of(Role.MENTOR), WithdrawalReason.PARTICIPANT_REQUEST, NOW);

        assertThat(left.withdrawn()).extracting(ProgramEnrollment::role).containsExactly(Role.MENTOR, Role.MENTEE);
        assertThat(left.after().isEnrolled()).isFalse();
        assertThat(left.withdrawalReason()).isEqualTo(WithdrawalReason.PARTICIPANT_REQUEST);
    }

    @Test
    void deactivationLeavesEveryProgramOnceAndBlocksEnrollment() {
        Program career = Fixtures.openProgram(MentoringType.CAREER);
        Participant enrolled = ingrid.enroll(career, RoleChoice.BOTH.roles(), null, "ingrid", NOW).after();

        ParticipantChange deactivated = enrolled.deactivate(NOW);

        assertThat(deactivated.withdrawn()).hasSize(2);
        assertThat(deactivated.withdrawalReason()).isEqualTo(WithdrawalReason.DEPROVISIONED);
        assertThat(deactivated.after().deactivate(NOW).changed()).isFalse();
        assertThatThrownBy(() -> deactivated.after().enroll(career, Set.of(Role.MENTEE), null, "x", NOW))
                .hasMessageContaining("the participant is deactivated");
        assertThat(deactivated.after().activate(NOW).after().isActive()).isTrue();
    }

    @Test
    void erasureKeepsOnlyTheIdAndTimes() {
        Participant enrolled = ingrid.enroll(Fixtures.openProgram(MentoringType.CAREER), Set.of(Role.MENTOR), null,
                "ingrid", NOW).after();

        ParticipantChange erased = enrolled.erase(WithdrawalReason.ADMIN_ACTION, NOW);

        Participant after = erased.after();
        assertThat(after.id()).isEqualTo("prt-1");
        assertThat(after.employeeId()).isNull();
        assertThat(after.userName()).isNull();
        assertThat(after.profile()).isNull();
        assertThat(after.enrollments()).isEmpty();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.withdrawn()).hasSize(1);
        assertThat(erased.withdrawalReason()).isEqualTo(WithdrawalReason.ADMIN_ACTION);
        assertThatThrownBy(() -> after.activate(NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> after.erase(WithdrawalReason.ADMIN_ACTION, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void provisioningOverwritesWhatHrOwnsButNeverClearsWhatTheParticipantSet() {
        EmployeeRecord hr = new EmployeeRecord("E10442", null, null, "Ingrid Schäfer", "ingrid@example.com", null,
                "Platform Engineering", null, "E20000", null, List.of(), null, null, null,
                EnumSet.of(Field.DISPLAY_NAME, Field.EMAIL, Field.JOB_TITLE, Field.DEPARTMENT, Field.LOCATION,
                        Field.MANAGER, Field.TIME_ZONE, Field.LANGUAGES, Field.CAREER_STAGE));

        ParticipantChange change = ingrid.provision(hr, Map.of(), NOW);

        ParticipantProfile after = change.after().profile();
        assertThat(after.jobTitle()).isNull();
        assertThat(after.location()).isNull();
        assertThat(after.managerEmployeeId()).isEqualTo("E20000");
        assertThat(after.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(after.languages()).containsExactly("de", "en");
        assertThat(after.careerStage()).isEqualTo(CareerStage.SENIOR);
        assertThat(change.profileChanged()).isTrue();
        assertThat(change.after().provision(hr, Map.of(), NOW.plusSeconds(5)).changed())
                .as("the same record again changes nothing").isFalse();
    }

    @Test
    void aProfileChangeLeavesTheOpenProgramsItIsNoLongerEligibleFor() {
        Program platformOnly = Fixtures.openProgram(Fixtures.settings(MentoringType.CAREER,
                new Eligibility(List.of("Platform Engineering"), List.of(), List.of())));
        Participant enrolled = ingrid.enroll(platformOnly, Set.of(Role.MENTOR), null, "ingrid", NOW).after();
        ParticipantProfile moved = new ParticipantProfile("Ingrid Schäfer", "ingrid@example.com", null, null, "Payments",
                "Berlin", "Europe/Berlin", List.of("de"), null, CareerStage.SENIOR, 14, List.of(), List.of(),
                List.of(), List.of(), null, null, null, List.of());

        ParticipantChange change = enrolled.updateProfile(moved, Map.of(platformOnly.id(), platformOnly), NOW);

        assertThat(change.withdrawn()).extracting(ProgramEnrollment::programId).containsExactly("prg-1");
        assertThat(change.withdrawalReason()).isEqualTo(WithdrawalReason.NO_LONGER_ELIGIBLE);
        assertThat(change.after().isEnrolled()).isFalse();
        assertThat(change.after().profile().department()).isEqualTo("Payments");
        assertThatThrownBy(() -> enrolled.updateProfile(new ParticipantProfile("I", "i@example.com", null, null, "P",
                null, "UTC", List.of("en"), null, CareerStage.MID, null, null, null, null, null, null, null, null,
                List.of("prt-1")), Map.of(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void profilesTrimTextDropBlanksAndRefuseASkillTwice() {
        ParticipantProfile profile = new ParticipantProfile("  Ana  ", " ", null, null, "Ops", null, null,
                List.of("en", " "), null, null, null, null, null, null, null, null, null, null, null);

        assertThat(profile.displayName()).isEqualTo("Ana");
        assertThat(profile.email()).isNull();
        assertThat(profile.languages()).containsExactly("en");
        assertThat(profile.effectiveLocale()).isEqualTo("en");
        assertThatThrownBy(() -> new ParticipantProfile("A", null, null, null, null, null, null, null, null, null, null,
                List.of(new SkillLevel("Java", 3),
                        new SkillLevel("java ", 4)),
                null, null, null, null, null, null, null)).hasMessageContaining("more than once");
    }

    private static EmployeeRecord record(Set<Field> provided) {
        return new EmployeeRecord("E20871", null, null, "Tiago Almeida", "tiago@example.com", null, null, null, null,
                null, List.of(), null, null, null, provided);
    }
}
