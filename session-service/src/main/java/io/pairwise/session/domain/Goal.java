package io.pairwise.session.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A development goal of a mentorship with its milestones. Its wording stays in this service; the events
 * carry only the skill it develops.
 *
 * @param skill           the skill or topic from the company's list, null if none
 * @param progressPercent 0 to 100, set by the members or derived from completed milestones
 */
public record Goal(String id, String title, String description, String skill, LocalDate targetDate,
                   int progressPercent, List<Milestone> milestones, GoalStatus status, String setBy, Instant setAt,
                   Instant achievedAt) {

    public static final int MAX_MILESTONES = 20;

    public Goal {
        milestones = List.copyOf(milestones);
    }

    /** What members write when they set a goal. */
    public record Draft(String title, String description, String skill, LocalDate targetDate, List<String> milestones) {

        public Draft {
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
            if (milestones.size() > MAX_MILESTONES) {
                throw new IllegalArgumentException("a goal has at most " + MAX_MILESTONES + " milestones");
            }
        }
    }

    Goal withProgress(int percent, List<Milestone> updatedMilestones) {
        return new Goal(id, title, description, skill, targetDate, percent, updatedMilestones, status, setBy, setAt,
                achievedAt);
    }

    Goal achieved(Instant at) {
        return new Goal(id, title, description, skill, targetDate, 100, milestones, GoalStatus.ACHIEVED, setBy, setAt, at);
    }
}
