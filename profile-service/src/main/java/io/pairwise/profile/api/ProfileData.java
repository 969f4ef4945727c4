package io.pairwise.profile.api;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.CommunicationStyle;
import io.pairwise.contracts.profile.CommunicationStyle.Directness;
import io.pairwise.contracts.profile.CommunicationStyle.Structure;
import io.pairwise.contracts.profile.MeetingMode;
import io.pairwise.contracts.profile.MeetingPreferences;
import io.pairwise.contracts.profile.SkillLevel;
import io.pairwise.profile.domain.ParticipantProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.UniqueElements;

/** A participant's profile as participants edit it and as the API shows it. */
@Schema(description = "A participant's profile: identity, mentoring preferences and capacity")
public record ProfileData(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email(regexp = Patterns.EMAIL) @Size(max = 254) String email,
        @Schema(description = "BCP 47 locale for messages; the first language when absent", example = "de-CH")
        @Size(max = 35) @Pattern(regexp = Patterns.LANGUAGE_TAG, message = Patterns.LANGUAGE_TAG_MESSAGE)
        String preferredLocale,
        @Size(max = 200) String jobTitle,
        @NotBlank @Size(max = 200) String department,
        @Schema(description = "Office or site") @Size(max = 200) String location,
        @Schema(description = "IANA time zone id", example = "Europe/Berlin") @NotNull @IanaTimeZone String timeZone,
        @Schema(description = "BCP 47 tags of the languages the person mentors or learns in", example = "[\"de\", \"en\"]")
        @NotEmpty @Size(max = 10) @UniqueElements
        List<@NotNull @Pattern(regexp = Patterns.LANGUAGE_TAG, message = Patterns.LANGUAGE_TAG_MESSAGE) String> languages,
        @Schema(description = "Employee id of the direct manager") @Size(max = 100) String managerEmployeeId,
        @NotNull CareerStage careerStage,
        @Min(0) @Max(70) Integer yearsOfExperience,
        @Schema(description = "Skills with level 1 (novice) to 5 (expert)")
        @Size(max = 50) List<@NotNull @Valid Skill> expertise,
        @Schema(description = "Skills or topics to grow") @Size(max = 30) @UniqueElements
        List<@NotBlank @Size(max = 100) String> developmentGoals,
        @Size(max = 30) @UniqueElements List<@NotBlank @Size(max = 100) String> interests,
        @Size(max = 30) @UniqueElements List<@NotBlank @Size(max = 100) String> values,
        @Valid Style communicationStyle,
        @Valid Meetings meetingPreferences,
        @Schema(description = "Mentees at once when mentoring; the program's default applies when absent")
        @Min(1) @Max(10) Integer mentorCapacity,
        @Schema(description = "Participant ids this person must never be matched with")
        @Size(max = 50) @UniqueElements List<@NotBlank @Size(max = 100) String> avoidParticipantIds) {

    public record Skill(@NotBlank @Size(max = 100) String skill,
                        @Schema(minimum = "1", maximum = "5") @NotNull @Min(1) @Max(5) Integer level) {
    }

    public record Style(@NotNull Directness directness, @NotNull Structure structure) {
    }

    public record Meetings(@Schema(description = "Preferred days between sessions") @NotNull @Min(1) @Max(365)
                           Integer cadenceDays,
                           @Schema(description = "Acceptable ways to meet, most preferred first")
                           @NotEmpty @UniqueElements List<@NotNull MeetingMode> modes) {
    }

    ParticipantProfile toProfile() {
        return new ParticipantProfile(displayName, email, preferredLocale, jobTitle, department, location, timeZone,
                languages, managerEmployeeId, careerStage, yearsOfExperience,
                expertise == null ? null : expertise.stream().map(s -> new SkillLevel(s.skill(), s.level())).toList(),
                developmentGoals, interests, values,
                communicationStyle == null ? null
                        : new CommunicationStyle(communicationStyle.directness(), communicationStyle.structure()),
                meetingPreferences == null ? null
                        : new MeetingPreferences(meetingPreferences.cadenceDays(), meetingPreferences.modes()),
                mentorCapacity, avoidParticipantIds);
    }

    static ProfileData of(ParticipantProfile p) {
        return new ProfileData(p.displayName(), p.email(), p.preferredLocale(), p.jobTitle(), p.department(),
                p.location(), p.timeZone(), p.languages(), p.managerEmployeeId(), p.careerStage(),
                p.yearsOfExperience(), skills(p.expertise()), p.developmentGoals(), p.interests(), p.values(),
                style(p.communicationStyle()), meetings(p.meetingPreferences()), p.mentorCapacity(),
                p.avoidParticipantIds());
    }

    static List<Skill> skills(List<SkillLevel> expertise) {
        return expertise.stream().map(s -> new Skill(s.skill(), s.level())).toList();
    }

    static Style style(CommunicationStyle style) {
        return style == null ? null : new Style(style.directness(), style.structure());
    }

    static Meetings meetings(MeetingPreferences preferences) {
        return preferences == null ? null : new Meetings(preferences.cadenceDays(), preferences.modes());
    }
}
