package io.pairwise.notification.persistence;

import java.time.Instant;
import java.util.List;

/**
 * A reminder or nudge that falls due later, stored in {@code jobs} so it survives restarts.
 *
 * @param status     SCHEDULED, PAUSED (a paused mentorship's cadence), DONE or CANCELLED
 * @param recipients who gets a match-request nudge: the members who have not answered yet
 */
public record Job(String id, JobKind kind, String status, Instant dueAt, String mentorshipId, String sessionId, String programId,
                  List<String> memberIds, List<String> recipients, int cadenceDays, String startsAt, long leadHours,
                  String plannedEndDate) {
}
