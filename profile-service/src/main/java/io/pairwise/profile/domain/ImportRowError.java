package io.pairwise.profile.domain;

import java.util.List;

/**
 * Why one row of an import changed nothing. Keeps no rejected values: an import's errors must not
 * become a second copy of personal data.
 *
 * @param row        the record's number in the file, the header being row 1
 * @param employeeId the row's employee id, if it had one
 */
public record ImportRowError(String jobId, int row, String employeeId, List<Problem> problems) {

    public record Problem(String field, String message) {
    }

    public ImportRowError {
        problems = List.copyOf(problems);
    }
}
