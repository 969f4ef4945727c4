package io.pairwise.profile.api;

import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.profile.application.EmployeeRowReader;
import io.pairwise.profile.domain.CsvTable;
import io.pairwise.profile.domain.EmployeeRecord;
import io.pairwise.profile.domain.EmployeeRecord.Field;
import io.pairwise.profile.domain.ImportRowError.Problem;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The columns of an HR export and their rules, the same as the API's. A blank cell is an absent value;
 * a column missing from the file leaves that field of existing participants as it is.
 */
@Component
class CsvEmployeeRows implements EmployeeRowReader {

    /** Column key (see {@link CsvTable#columnKey}) to the field it provides; identifiers provide none. */
    private static final Map<String, Field> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("displayname", Field.DISPLAY_NAME);
        COLUMNS.put("email", Field.EMAIL);
        COLUMNS.put("jobtitle", Field.JOB_TITLE);
        COLUMNS.put("department", Field.DEPARTMENT);
        COLUMNS.put("location", Field.LOCATION);
        COLUMNS.put("manageremployeeid", Field.MANAGER);
        COLUMNS.put("timezone", Field.TIME_ZONE);
        COLUMNS.put("languages", Field.LANGUAGES);
        COLUMNS.put("preferredlocale", Field.PREFERRED_LOCALE);
        COLUMNS.put("careerstage", Field.CAREER_STAGE);
        COLUMNS.put("yearsofexperience", Field.YEARS_OF_EXPERIENCE);
    }

    private static final Set<String> REQUIRED = Set.of("employeeid", "displayname", "email", "department");

    /** One row as read, before it becomes a record; {@code languages} holds the cell split at ; | , or spaces. */
    record EmployeeRow(@NotBlank @Size(max = 100) String employeeId,
                       @Size(max = 100) String userName,
                       @NotBlank @Size(max = 200) String displayName,
                       @NotBlank @Email(regexp = Patterns.EMAIL) @Size(max = 254) String email,
                       @Size(max = 200) String jobTitle,
                       @NotBlank @Size(max = 200) String department,
                       @Size(max = 200) String location,
                       @Size(max = 100) String managerEmployeeId,
                       @IanaTimeZone String timeZone,
                       @Size(max = 10) List<@NotNull @Pattern(regexp = Patterns.LANGUAGE_TAG,
                               message = Patterns.LANGUAGE_TAG_MESSAGE) String> languages,
                       @Pattern(regexp = Patterns.LANGUAGE_TAG, message = Patterns.LANGUAGE_TAG_MESSAGE)
                       String preferredLocale,
                       @Pattern(regexp = "(?i)EARLY|MID|SENIOR|EXECUTIVE",
                               message = "must be one of EARLY, MID, SENIOR, EXECUTIVE") String careerStage,
                       @Pattern(regexp = "\\d|[1-6]\\d|70", message = "must be a whole number from 0 to 70")
                       String yearsOfExperience) {
    }

    private final Validator validator;

    CsvEmployeeRows(Validator validator) {
        this.validator = validator;
    }

    @Override
    public Set<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public Result read(Map<String, String> values) {
        EmployeeRow row = new EmployeeRow(cell(values, "employeeid"), cell(values, "username"),
                cell(values, "displayname"), cell(values, "email"), cell(values, "jobtitle"), cell(values, "department"),
                cell(values, "location"), cell(values, "manageremployeeid"), cell(values, "timezone"),
                languages(cell(values, "languages")), cell(values, "preferredlocale"), cell(values, "careerstage"),
                cell(values, "yearsofexperience"));
        List<Problem> problems = validator.validate(row).stream()
                .map(v -> new Problem(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                .sorted(Comparator.comparing(Problem::field))
                .toList();
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        Set<Field> provided = EnumSet.noneOf(Field.class);
        COLUMNS.forEach((column, field) -> {
            if (values.containsKey(column)) {
                provided.add(field);
            }
        });
        return new Result(new EmployeeRecord(row.employeeId(), row.userName(), null, row.displayName(), row.email(),
                row.jobTitle(), row.department(), row.location(), row.managerEmployeeId(), row.timeZone(),
                row.languages(), row.preferredLocale(),
                row.careerStage() == null ? null : CareerStage.valueOf(row.careerStage().toUpperCase(Locale.ROOT)),
                row.yearsOfExperience() == null ? null : Integer.valueOf(row.yearsOfExperience()), provided), List.of());
    }

    private static String cell(Map<String, String> values, String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> languages(String cell) {
        return cell == null ? null : Arrays.stream(cell.split("[;|,\\s]+")).filter(tag -> !tag.isEmpty()).toList();
    }
}
