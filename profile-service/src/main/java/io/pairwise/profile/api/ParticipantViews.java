package io.pairwise.profile.api;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.Role;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantProfile;
import io.pairwise.profile.domain.ParticipantStatus;
import io.pairwise.profile.domain.ProgramEnrollment;
import io.pairwise.profile.domain.RoleChoice;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the participant endpoints. */
final class ParticipantViews {

    private ParticipantViews() {
    }

    @Schema(description = "A participant an admin or internal system adds by hand")
    record NewParticipant(@Schema(description = "HR employee id") @NotBlank @Size(max = 100) String employeeId,
                          @Schema(description = "Login; must equal the subject of the person's tokens")
                          @NotBlank @Size(max = 100) String userName,
                          @NotNull @Valid ProfileData profile) {
    }

    @Schema(description = "A participant with the whole profile")
    record ParticipantResponse(String id, String employeeId, String userName, ParticipantStatus status,
                               ProfileData profile, List<EnrollmentView> enrollments,
                               @Schema(description = "Profile fields still needed before enrolling; empty when complete")
                               List<String> missingForEnrollment, Instant createdAt, Instant updatedAt) {

        static ParticipantResponse of(Participant p) {
            return new ParticipantResponse(p.id(), p.employeeId(), p.userName(), p.status(), ProfileData.of(p.profile()),
                    p.enrollments().stream().map(EnrollmentView::of).toList(), p.profile().missingForEnrollment(),
                    p.createdAt(), p.updatedAt());
        }
    }

    @Schema(description = "What partners see of each other: enough for matching and sessions, no contact details")
    record PublicProfile(String id, String displayName, String jobTitle, String department, String location,
                         String timeZone, List<String> languages, CareerStage careerStage, Integer yearsOfExperience,
                         List<ProfileData.Skill> expertise, List<String> developmentGoals, List<String> interests,
                         ProfileData.Style communicationStyle, ProfileData.Meetings meetingPreferences) {

        static PublicProfile of(Participant participant) {
            ParticipantProfile p = participant.profile();
            return new PublicProfile(participant.id(), p.displayName(), p.jobTitle(), p.department(), p.location(),
                    p.timeZone(), p.languages(), p.careerStage(), p.yearsOfExperience(), ProfileData.skills(p.expertise()),
                    p.developmentGoals(), p.interests(), ProfileData.style(p.communicationStyle()),
                    ProfileData.meetings(p.meetingPreferences()));
        }
    }

    record EnrollmentView(String programId, Role role,
                          @Schema(description = "Mentees at once; mentors only") Integer capacity, Instant enrolledAt,
                          String enrolledBy) {

        static EnrollmentView of(ProgramEnrollment e) {
            return new EnrollmentView(e.programId(), e.role(), e.capacity(), e.enrolledAt(), e.enrolledBy());
        }
    }

    @Schema(description = "Enrolling oneself in a program")
    record Enroll(@NotBlank @Size(max = 100) String programId, @NotNull RoleChoice role,
                  @Schema(description = "Mentees at once in this program (mentors); own capacity, then the program's default, when absent")
                  @Min(1) @Max(10) Integer capacity) {
    }

    @Schema(description = "An owner enrolling someone in their program, by participant id or employee id")
    record EnrollOnBehalf(@Size(max = 100) String participantId, @Size(max = 100) String employeeId,
                          @NotNull RoleChoice role, @Min(1) @Max(10) Integer capacity) {

        @AssertTrue(message = "give exactly one of participantId and employeeId")
        @Schema(hidden = true)
        boolean isOneReference() {
            return (participantId == null) != (employeeId == null);
        }
    }
}
