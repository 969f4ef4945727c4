package io.pairwise.analytics.domain;

/** One row of the program list: the headline figures. */
public record ProgramSummary(String programId, String name, String mentoringType, boolean closed, Figure mentors,
                             Figure mentees, Figure activeMentorships, Figure matchRate, Figure atRisk) {
}
