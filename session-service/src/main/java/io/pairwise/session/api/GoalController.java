package io.pairwise.session.api;

import io.pairwise.platform.identity.CallerParticipant;
import io.pairwise.session.domain.Goal;
import io.pairwise.session.domain.MentorshipService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Goals and milestones of a mentorship: set, progress, achieve. Members only. */
@RestController
@RequestMapping("/api/v1/sessions/mentorships/{mentorshipId}/goals")
@PreAuthorize("hasRole('PARTICIPANT')")
@Tag(name = "Goals and milestones")
class GoalController {

    private final MentorshipService mentorships;

    GoalController(MentorshipService mentorships) {
        this.mentorships = mentorships;
    }

    @Schema(description = "A new goal; skill names the skill or topic it develops (it goes on the goal-set event)")
    record GoalRequest(@NotBlank @Size(max = 200) String title,
                       @Size(max = 2000) String description,
                       @Size(max = 100) String skill,
                       LocalDate targetDate,
                       @Size(max = Goal.MAX_MILESTONES) List<@NotBlank @Size(max = 200) String> milestones) {
    }

    record MilestoneRequest(@NotBlank @Size(max = 200) String title) {
    }

    @Schema(description = "Progress: milestones completed now and/or a percentage (without one it follows the milestones)")
    record ProgressRequest(@Min(0) @Max(100) Integer progressPercent,
                           @Size(max = Goal.MAX_MILESTONES) List<@NotBlank String> completedMilestoneIds) {
    }

    @GetMapping
    @Operation(summary = "The mentorship's goals with their milestones and progress")
    List<Goal> list(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId) {
        return mentorships.forMember(CallerParticipant.id(caller), mentorshipId).goals();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sets a goal (goal-set)")
    Goal set(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
             @Valid @RequestBody GoalRequest request) {
        return mentorships.setGoal(CallerParticipant.id(caller), mentorshipId, new Goal.Draft(request.title(),
                request.description(), blankToNull(request.skill()), request.targetDate(), request.milestones()));
    }

    @GetMapping("/{goalId}")
    @Operation(summary = "One goal")
    Goal get(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId, @PathVariable String goalId) {
        return mentorships.goal(CallerParticipant.id(caller), mentorshipId, goalId);
    }

    @PostMapping("/{goalId}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a milestone to an open goal")
    Goal addMilestone(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                      @PathVariable String goalId, @Valid @RequestBody MilestoneRequest request) {
        return mentorships.addMilestone(CallerParticipant.id(caller), mentorshipId, goalId, request.title());
    }

    @PostMapping("/{goalId}/progress")
    @Operation(summary = "Records progress on an open goal")
    Goal progress(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId, @PathVariable String goalId,
                  @Valid @RequestBody ProgressRequest request) {
        if (request.progressPercent() == null && (request.completedMilestoneIds() == null
                || request.completedMilestoneIds().isEmpty())) {
            throw new IllegalArgumentException("give progressPercent, completedMilestoneIds or both");
        }
        return mentorships.recordProgress(CallerParticipant.id(caller), mentorshipId, goalId, request.progressPercent(),
                request.completedMilestoneIds() == null ? List.of() : request.completedMilestoneIds());
    }

    @PostMapping("/{goalId}/achieve")
    @Operation(summary = "Marks a goal achieved (goal-achieved)")
    Goal achieve(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId, @PathVariable String goalId) {
        return mentorships.achieveGoal(CallerParticipant.id(caller), mentorshipId, goalId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
