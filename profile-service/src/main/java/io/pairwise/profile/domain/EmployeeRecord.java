package io.pairwise.profile.domain;

import io.pairwise.contracts.profile.CareerStage;
import java.util.List;
import java.util.Set;

/**
 * What an HR export row or an identity provider says about an employee. Only the fields in
 * {@code provided} are applied; see {@link ParticipantProfile#apply} for which of them may clear a value.
 *
 * @param userName   null keeps the current user name
 * @param externalId the identity provider's own id for the user; null keeps the current one
 */
public record EmployeeRecord(String employeeId, String userName, String externalId, String displayName, String email,
                             String jobTitle, String department, String location, String managerEmployeeId,
                             String timeZone, List<String> languages, String preferredLocale, CareerStage careerStage,
                             Integer yearsOfExperience, Set<Field> provided) {

    public enum Field {
        DISPLAY_NAME, EMAIL, JOB_TITLE, DEPARTMENT, LOCATION, MANAGER,
        TIME_ZONE, LANGUAGES, PREFERRED_LOCALE, CAREER_STAGE, YEARS_OF_EXPERIENCE
    }

    public EmployeeRecord {
        languages = languages == null ? List.of() : List.copyOf(languages);
        provided = Set.copyOf(provided);
    }
}
