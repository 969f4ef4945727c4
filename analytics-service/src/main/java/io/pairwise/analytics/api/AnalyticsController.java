package io.pairwise.analytics.api;

import io.pairwise.analytics.api.DomainProblemAdvice.InvalidQueryException;
import io.pairwise.analytics.domain.Analytics;
import io.pairwise.analytics.domain.AtRisk;
import io.pairwise.analytics.domain.AtRiskRules;
import io.pairwise.analytics.domain.Overview;
import io.pairwise.analytics.domain.ProgramSummary;
import io.pairwise.analytics.domain.SkillDemand;
import io.pairwise.analytics.domain.WeeklySeries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Program health for dashboards and other systems: aggregates for program admins and analysts (any
 * figure about fewer than five people suppressed), the at-risk list for the program's owners only.
 * Every table is also served as CSV ({@code Accept: text/csv}).
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Program health")
@PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'ANALYST')")
class AnalyticsController {

    private final Analytics analytics;

    AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping(value = "/programs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every program with its headline figures")
    List<ProgramSummary> programs() {
        return analytics.programs();
    }

    @GetMapping(value = "/programs", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "Every program with its headline figures, as CSV")
    String programsCsv() {
        return new Csv("programId", "name", "mentoringType", "closed", "mentors", "mentees", "activeMentorships",
                "matchRate", "atRisk")
                .rows(analytics.programs(), p -> new Object[]{p.programId(), p.name(), p.mentoringType(), p.closed(),
                        p.mentors(), p.mentees(), p.activeMentorships(), p.matchRate(), p.atRisk()})
                .toString();
    }

    @GetMapping("/overview")
    @Operation(summary = "Company-wide health: every program together")
    Overview companyOverview() {
        return analytics.overview(null);
    }

    @GetMapping("/programs/{programId}/overview")
    @Operation(summary = "One program's health: enrollment, matching, mentorships, sessions, load, connections")
    Overview overview(@PathVariable String programId) {
        return analytics.overview(programId);
    }

    @GetMapping(value = "/time-series", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Company-wide weekly figures (ISO weeks, UTC); the last 12 weeks unless a range is given")
    List<WeeklySeries.Week> companySeries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return series(null, from, to);
    }

    @GetMapping(value = "/time-series", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "Company-wide weekly figures as CSV")
    String companySeriesCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return seriesCsv(series(null, from, to));
    }

    @GetMapping(value = "/programs/{programId}/time-series", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A program's weekly figures (ISO weeks, UTC); the last 12 weeks unless a range is given")
    List<WeeklySeries.Week> programSeries(@PathVariable String programId,
                                          @Parameter(description = "first day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @Parameter(description = "last day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return series(programId, from, to);
    }

    @GetMapping(value = "/programs/{programId}/time-series", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "A program's weekly figures as CSV")
    String programSeriesCsv(@PathVariable String programId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return seriesCsv(series(programId, from, to));
    }

    @GetMapping(value = "/skills", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Company-wide mentor supply and mentee demand per skill, largest gap first")
    List<SkillDemand.Skill> companySkills() {
        return analytics.skills(null);
    }

    @GetMapping(value = "/skills", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "Company-wide supply and demand per skill as CSV")
    String companySkillsCsv() {
        return skillsCsv(analytics.skills(null));
    }

    @GetMapping(value = "/programs/{programId}/skills", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A program's mentor supply and mentee demand per skill, largest gap first")
    List<SkillDemand.Skill> programSkills(@PathVariable String programId) {
        return analytics.skills(programId);
    }

    @GetMapping(value = "/programs/{programId}/skills", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "A program's supply and demand per skill as CSV")
    String programSkillsCsv(@PathVariable String programId) {
        return skillsCsv(analytics.skills(programId));
    }

    @GetMapping(value = "/programs/{programId}/at-risk", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The program's at-risk mentorships and unanswered proposals, with reasons (owners only)")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    List<AtRisk> atRisk(@PathVariable String programId, @AuthenticationPrincipal Jwt jwt) {
        requireOwner(programId, jwt);
        return analytics.atRisk(programId);
    }

    @GetMapping(value = "/programs/{programId}/at-risk", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "The program's at-risk list as CSV (owners only)")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    String atRiskCsv(@PathVariable String programId, @AuthenticationPrincipal Jwt jwt) {
        requireOwner(programId, jwt);
        return new Csv("mentorshipId", "subject", "mentorIds", "menteeIds", "reason", "since", "detail")
                .rows(analytics.atRisk(programId).stream().flatMap(a -> a.reasons().stream().map(r -> new Object[]{
                        a.mentorshipId(), a.subject(), String.join(" ", a.mentorIds()), String.join(" ", a.menteeIds()),
                        r.code(), r.since(), r.detail()})).toList(), row -> row)
                .toString();
    }

    @GetMapping("/programs/{programId}/at-risk-rules")
    @Operation(summary = "The rules and thresholds that flag the program's mentorships as at risk")
    AtRiskRules rules(@PathVariable String programId) {
        return analytics.rules(programId);
    }

    @PutMapping("/programs/{programId}/at-risk-rules")
    @Operation(summary = "Sets the program's at-risk rules and thresholds (owners only)")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    AtRiskRules setRules(@PathVariable String programId, @Valid @RequestBody RulesRequest request,
                         @AuthenticationPrincipal Jwt jwt) {
        requireOwner(programId, jwt);
        AtRiskRules rules = request.toRules();
        analytics.saveRules(programId, rules);
        return rules;
    }

    /** Every field is required: a PUT states the whole rule set. */
    record RulesRequest(@NotNull Boolean noRecentSession,
                        @NotNull @DecimalMin("1.0") @DecimalMax("10.0") Double cadenceGraceFactor,
                        @NotNull Boolean fallingRatings,
                        @NotNull @Min(1) @Max(20) Integer ratingWindow,
                        @NotNull @DecimalMin("0.1") @DecimalMax("4.0") Double ratingDrop,
                        @NotNull Boolean unansweredRequests,
                        @NotNull @Min(1) @Max(90) Integer unansweredDays,
                        @NotNull Boolean firstSessionOverdue,
                        @NotNull @Min(1) @Max(180) Integer firstSessionDays) {

        AtRiskRules toRules() {
            return new AtRiskRules(noRecentSession, cadenceGraceFactor, fallingRatings, ratingWindow, ratingDrop,
                    unansweredRequests, unansweredDays, firstSessionOverdue, firstSessionDays);
        }
    }

    private void requireOwner(String programId, Jwt jwt) {
        if (!analytics.program(programId).isOwner(jwt.getSubject())) {
            throw new AccessDeniedException("only the program's owners see its at-risk list");
        }
    }

    private List<WeeklySeries.Week> series(String programId, LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw new InvalidQueryException("to", "must not be before from", to);
            }
            if (ChronoUnit.WEEKS.between(from, to) >= WeeklySeries.MAX_WEEKS) {
                throw new InvalidQueryException("from", "a series covers at most " + WeeklySeries.MAX_WEEKS + " weeks", from);
            }
        }
        return analytics.series(programId, from, to);
    }

    private static String seriesCsv(List<WeeklySeries.Week> weeks) {
        return new Csv("week", "weekStart", "mentorsEnrolled", "menteesEnrolled", "proposals", "matches",
                "sessionsHeld", "cancellations", "noShows", "endings", "averageRating", "goalsAchieved")
                .rows(weeks, w -> new Object[]{w.week(), w.weekStart(), w.mentorsEnrolled(), w.menteesEnrolled(),
                        w.proposals(), w.matches(), w.sessionsHeld(), w.cancellations(), w.noShows(), w.endings(),
                        w.averageRating(), w.goalsAchieved()})
                .toString();
    }

    private static String skillsCsv(List<SkillDemand.Skill> skills) {
        return new Csv("skill", "mentors", "mentees", "waitlistedMentees", "gap")
                .rows(skills, s -> new Object[]{s.skill(), s.mentors(), s.mentees(), s.waitlistedMentees(), s.gap()})
                .toString();
    }
}
