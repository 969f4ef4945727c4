package io.pairwise.profile.application;

import io.pairwise.profile.domain.EmployeeRecord;
import io.pairwise.profile.domain.ImportRowError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one row of an HR export into an employee record, with the same validation rules as the API's
 * requests; the API layer, which owns those rules, implements it.
 */
public interface EmployeeRowReader {

    /** Column keys ({@link io.pairwise.profile.domain.CsvTable#columnKey}) every file must have. */
    Set<String> requiredColumns();

    /** @param values the row's values by column key, for the columns the file has */
    Result read(Map<String, String> values);

    /** Either a record or the problems that keep the row from becoming one. */
    record Result(EmployeeRecord record, List<ImportRowError.Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }
}
