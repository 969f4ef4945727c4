package io.pairwise.session.domain;

import java.util.Map;

/**
 * Figures about one mentorship without anything its members wrote: what a program admin may see.
 * Ratings are left out, since one mentorship's average would reveal individual ratings.
 */
public record MentorshipSummary(String mentorshipId, String programId, MentorshipStatus status, int memberCount,
                                boolean agreementConfirmed, Map<SessionStatus, Long> sessionsByStatus, int goalsSet,
                                int goalsAchieved, Cadence cadence) {
}
