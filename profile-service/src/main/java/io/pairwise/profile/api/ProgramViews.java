package io.pairwise.profile.api;

import io.pairwise.contracts.matching.MatchCriterion;
import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.contracts.profile.MatchingRules;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.ProgramSettings;
import io.pairwise.profile.domain.ProgramStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.constraints.UniqueElements;

/** Request and response bodies of the program endpoints. */
final class ProgramViews {

    /** Every criterion counts the same unless the admin says otherwise. */
    private static final Map<MatchCriterion, Double> EQUAL_WEIGHTS = Arrays.stream(MatchCriterion.values())
            .collect(Collectors.toMap(Function.identity(), criterion -> 1.0, (a, b) -> a,
                    () -> new EnumMap<>(MatchCriterion.class)));

    private ProgramViews() {
    }

    @Schema(description = "A program's settings. A new program starts with enrollment closed; open it when ready.")
    record ProgramRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull MentoringType mentoringType,
            @NotNull MatchingMode matchingMode,
            @Schema(description = "First day; leave out, with endDate, for an evergreen program") LocalDate startDate,
            @Schema(description = "Last day") LocalDate endDate,
            @Schema(description = "Optional; when given it must agree with the dates") Boolean evergreen,
            Instant enrollmentOpensAt,
            Instant enrollmentClosesAt,
            @Schema(description = "Expected days between sessions", example = "14") @NotNull @Min(1) @Max(365)
            Integer cadenceDays,
            @Schema(description = "Planned length of a mentorship in days", example = "180") @NotNull @Min(1) @Max(1095)
            Integer defaultRelationshipLengthDays,
            @Schema(description = "Mentees per mentor when a mentor sets no capacity") @NotNull @Min(1) @Max(10)
            Integer defaultCapacity,
            @Schema(description = "Mentees per group; GROUP programs only") @Min(2) @Max(50) Integer groupSize,
            @Schema(description = "Who may enrol; everyone when absent") @Valid EligibilityRequest eligibility,
            @Schema(description = "How matching treats the program; defaults when absent") @Valid MatchingRulesRequest matchingRules,
            @Schema(description = "User ids (token subjects) of the owners. On create: further owners, the creator always "
                    + "owns a new program. On update: the whole list; the current owners stay when absent")
            @Size(max = 20) @UniqueElements List<@NotBlank @Size(max = 100) String> ownerIds) {

        /** @param currentOwners the owners when the request names none: the creator, or those of the program */
        ProgramSettings toSettings(List<String> currentOwners) {
            boolean dated = startDate != null || endDate != null;
            if (evergreen != null && evergreen == dated) {
                throw new IllegalArgumentException(evergreen ? "an evergreen program has no startDate or endDate"
                        : "a program that is not evergreen needs startDate and endDate");
            }
            EligibilityRequest who = eligibility == null ? new EligibilityRequest(null, null, null) : eligibility;
            MatchingRulesRequest rules = matchingRules == null
                    ? new MatchingRulesRequest(null, null, null, null, null) : matchingRules;
            List<String> owners = ownerIds == null || ownerIds.isEmpty() ? currentOwners : ownerIds;
            return new ProgramSettings(name.trim(), description == null || description.isBlank() ? null : description.trim(),
                    mentoringType, matchingMode, startDate, endDate, enrollmentOpensAt, enrollmentClosesAt, cadenceDays,
                    defaultRelationshipLengthDays, defaultCapacity, groupSize, who.toEligibility(), rules.toRules(),
                    owners);
        }
    }

    record EligibilityRequest(
            @Schema(description = "Departments that may enrol; all when empty")
            @Size(max = 100) @UniqueElements List<@NotBlank @Size(max = 100) String> departments,
            @Schema(description = "Locations that may enrol; all when empty")
            @Size(max = 100) @UniqueElements List<@NotBlank @Size(max = 100) String> locations,
            @Schema(description = "Career stages that may enrol; all when empty")
            @UniqueElements List<@NotNull CareerStage> careerStages) {

        Eligibility toEligibility() {
            return new Eligibility(orEmpty(departments), orEmpty(locations), orEmpty(careerStages));
        }
    }

    record MatchingRulesRequest(
            @Schema(description = "Largest allowed distance between zones in hours; none when absent")
            @Min(0) @Max(26) Integer maxTimeZoneDistanceHours,
            @Schema(description = "Members must share a language; default true") Boolean sameLanguageRequired,
            @Schema(description = "Keep managers and skip-levels out of a mentee's candidates; default true")
            Boolean excludeReportingChain,
            @Schema(description = "What batch optimisation maximises; default BEST_TOTAL_FIT") MatchingObjective objective,
            @Schema(description = "Relative weight per criterion; a missing one weighs 0; all 1 when absent")
            @Size(max = 7) Map<MatchCriterion, @NotNull @DecimalMin("0") @DecimalMax("100") Double> criterionWeights) {

        MatchingRules toRules() {
            Map<MatchCriterion, Double> weights = criterionWeights == null || criterionWeights.isEmpty()
                    ? EQUAL_WEIGHTS : criterionWeights;
            if (weights.values().stream().noneMatch(weight -> weight > 0)) {
                throw new IllegalArgumentException("criterionWeights needs at least one weight above 0");
            }
            return new MatchingRules(maxTimeZoneDistanceHours, sameLanguageRequired == null || sameLanguageRequired,
                    excludeReportingChain == null || excludeReportingChain,
                    objective == null ? MatchingObjective.BEST_TOTAL_FIT : objective, weights);
        }
    }

    @Schema(description = "A program with its settings and state")
    record ProgramResponse(String id, String name, String description, MentoringType mentoringType,
                           MatchingMode matchingMode, LocalDate startDate, LocalDate endDate, boolean evergreen,
                           Instant enrollmentOpensAt, Instant enrollmentClosesAt,
                           @Schema(description = "The admins' switch") boolean enrollmentOpen,
                           @Schema(description = "Whether enrolling works right now: switch, window, dates and state")
                           boolean acceptingEnrollments,
                           int cadenceDays, int defaultRelationshipLengthDays, int defaultCapacity, Integer groupSize,
                           Eligibility eligibility, MatchingRules matchingRules, List<String> ownerIds,
                           ProgramStatus status, Instant createdAt, String createdBy, Instant updatedAt,
                           Instant closedAt, String closedBy) {

        static ProgramResponse of(Program p, Instant now) {
            ProgramSettings s = p.settings();
            return new ProgramResponse(p.id(), s.name(), s.description(), s.mentoringType(), s.matchingMode(),
                    s.startDate(), s.endDate(), s.evergreen(), s.enrollmentOpensAt(), s.enrollmentClosesAt(),
                    p.enrollmentOpen(), p.acceptsEnrollments(now), s.cadenceDays(), s.defaultRelationshipLengthDays(),
                    s.defaultCapacity(), s.groupSize(), s.eligibility(), s.matchingRules(), s.ownerIds(), p.status(),
                    p.createdAt(), p.createdBy(), p.updatedAt(), p.closedAt(), p.closedBy());
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
