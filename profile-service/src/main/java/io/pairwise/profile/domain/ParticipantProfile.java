package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.CommunicationStyle;
import io.pairwise.contracts.profile.MeetingPreferences;
import io.pairwise.contracts.profile.SkillLevel;
import io.pairwise.profile.domain.EmployeeRecord.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A participant's personal data: everything erasure removes. Text is trimmed and blank text is
 * absent; absent lists are empty.
 *
 * @param preferredLocale     BCP 47 tag for messages; the first language stands in when absent
 * @param mentorCapacity      mentees at once when mentoring; a program's default applies when absent
 * @param avoidParticipantIds participants this person asked never to be matched with
 */
public record ParticipantProfile(String displayName, String email, String preferredLocale, String jobTitle,
                                 String department, String location, String timeZone, List<String> languages,
                                 String managerEmployeeId, CareerStage careerStage, Integer yearsOfExperience,
                                 List<SkillLevel> expertise, List<String> developmentGoals, List<String> interests,
                                 List<String> values, CommunicationStyle communicationStyle,
                                 MeetingPreferences meetingPreferences, Integer mentorCapacity,
                                 List<String> avoidParticipantIds) {

    public static final ParticipantProfile EMPTY = new ParticipantProfile(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);

    public ParticipantProfile {
        displayName = text(displayName);
        email = text(email);
        preferredLocale = text(preferredLocale);
        jobTitle = text(jobTitle);
        department = text(department);
        location = text(location);
        timeZone = text(timeZone);
        managerEmployeeId = text(managerEmployeeId);
        languages = texts(languages);
        expertise = expertise == null ? List.of()
                : expertise.stream().map(skill -> new SkillLevel(text(skill.skill()), skill.level())).toList();
        developmentGoals = texts(developmentGoals);
        interests = texts(interests);
        values = texts(values);
        avoidParticipantIds = texts(avoidParticipantIds);
        Set<String> skills = new HashSet<>();
        for (SkillLevel skill : expertise) {
            if (skill.skill() == null) {
                throw new IllegalArgumentException("expertise needs a skill name for every level");
            }
            if (!skills.add(skill.skill().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("expertise lists " + skill.skill() + " more than once");
            }
        }
    }

    /** The fields matching cannot do without; a participant missing any of them cannot enrol yet. */
    public List<String> missingForEnrollment() {
        List<String> missing = new ArrayList<>();
        if (displayName == null) {
            missing.add("displayName");
        }
        if (email == null) {
            missing.add("email");
        }
        if (department == null) {
            missing.add("department");
        }
        if (timeZone == null) {
            missing.add("timeZone");
        }
        if (languages.isEmpty()) {
            missing.add("languages");
        }
        if (careerStage == null) {
            missing.add("careerStage");
        }
        return missing;
    }

    public String effectiveLocale() {
        return preferredLocale != null ? preferredLocale : languages.isEmpty() ? null : languages.getFirst();
    }

    /**
     * Applies what HR or the identity provider says. Fields HR owns (name, e-mail, title, department,
     * location, manager) follow the record, and an empty value clears them; fields the participant
     * may have set themselves (time zone, languages, locale, career stage, experience) are only ever
     * filled in, never cleared, by provisioning.
     */
    public ParticipantProfile apply(EmployeeRecord r) {
        Set<Field> given = r.provided();
        return new ParticipantProfile(
                given.contains(Field.DISPLAY_NAME) ? r.displayName() : displayName,
                given.contains(Field.EMAIL) ? r.email() : email,
                seed(given.contains(Field.PREFERRED_LOCALE), r.preferredLocale(), preferredLocale),
                given.contains(Field.JOB_TITLE) ? r.jobTitle() : jobTitle,
                given.contains(Field.DEPARTMENT) ? r.department() : department,
                given.contains(Field.LOCATION) ? r.location() : location,
                seed(given.contains(Field.TIME_ZONE), r.timeZone(), timeZone),
                given.contains(Field.LANGUAGES) && !r.languages().isEmpty() ? r.languages() : languages,
                given.contains(Field.MANAGER) ? r.managerEmployeeId() : managerEmployeeId,
                seed(given.contains(Field.CAREER_STAGE), r.careerStage(), careerStage),
                seed(given.contains(Field.YEARS_OF_EXPERIENCE), r.yearsOfExperience(), yearsOfExperience),
                expertise, developmentGoals, interests, values, communicationStyle, meetingPreferences, mentorCapacity,
                avoidParticipantIds);
    }

    private static <T> T seed(boolean provided, T given, T current) {
        return provided && given != null ? given : current;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(ParticipantProfile::text)
                .filter(value -> value != null).toList();
    }
}
