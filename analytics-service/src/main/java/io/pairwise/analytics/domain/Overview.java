package io.pairwise.analytics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The health of one program, or of the whole company when {@code programId} is null. Times are in days.
 */
public record Overview(String programId, Instant asOf, Enrollment enrollment, Matching matching,
                       Mentorships mentorships, Sessions sessions, MentorLoad mentorLoad, Connections connections,
                       Notifications notifications, List<FunnelStage> funnel, Figure atRisk) {

    public Overview {
        funnel = List.copyOf(funnel);
    }

    /** Current enrollments by role; the waitlist is mentees without an active or paused mentorship. */
    public record Enrollment(Figure mentors, Figure mentees, Figure waitlist) {
    }

    /**
     * @param matchRate              share of enrolled mentees matched at least once
     * @param proposalAcceptanceRate share of answered proposals that became mentorships
     */
    public record Matching(Figure matchRate, Figure timeToMatchMedianDays, Figure timeToMatchP90Days,
                           Figure proposalAcceptanceRate, Figure timeToFirstSessionMedianDays,
                           Figure timeToFirstSessionP90Days) {
    }

    public record Mentorships(Figure active, Figure paused, Figure completed, Figure endedEarly,
                              Figure averageLengthDays, Map<String, Figure> endingReasons) {

        public Mentorships {
            endingReasons = Map.copyOf(endingReasons);
        }
    }

    /**
     * @param heldPerActiveMentorshipPerMonth sessions held in the last 30 days per active mentorship
     * @param cadenceAdherence                share of active mentorships whose last session (or match) is
     *                                        within their cadence
     * @param goalCompletion                  share of goals set that were achieved
     */
    public record Sessions(Figure held, Figure heldPerActiveMentorshipPerMonth, Figure cadenceAdherence,
                           Figure cancellations, Figure noShows, Figure cancellationRate, Figure noShowRate,
                           Figure averageRating, Figure goalCompletion) {
    }

    /**
     * @param capacityUtilisation mentees in current mentorships over the mentors' total capacity
     */
    public record MentorLoad(Figure averageMenteesPerMentor, Figure capacityUtilisation, Figure mentorsAtCapacity) {
    }

    /** Mentorships whose mentors and mentees work in different departments. */
    public record Connections(Figure crossDepartment, Figure crossDepartmentShare) {
    }

    /** Notifications delivered, and those that failed for good. */
    public record Notifications(Figure delivered, Figure failed) {
    }

    /** Enrolled mentees who reached a stage: enrolled, proposed, matched, first session held, completed. */
    public record FunnelStage(String stage, Figure mentees) {
    }
}
