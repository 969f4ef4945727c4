package io.pairwise.analytics.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/** The figures the API and the gauges serve, computed from the current projections at the clock's now. */
public final class Analytics {

    private final FactSource facts;
    private final AtRiskRulesStore rules;
    private final Clock clock;

    public Analytics(FactSource facts, AtRiskRulesStore rules, Clock clock) {
        this.facts = facts;
        this.rules = rules;
        this.clock = clock;
    }

    public List<ProgramSummary> programs() {
        return facts.programs().stream().sorted(Comparator.comparing(Facts.Program::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(program -> {
                    Overview overview = overview(program.programId());
                    return new ProgramSummary(program.programId(), program.name(), program.mentoringType(),
                            program.closedAt() != null, overview.enrollment().mentors(), overview.enrollment().mentees(),
                            overview.mentorships().active(), overview.matching().matchRate(), overview.atRisk());
                }).toList();
    }

    public Facts.Program program(String programId) {
        return facts.programs().stream().filter(p -> p.programId().equals(programId)).findFirst()
                .orElseThrow(() -> new UnknownProgramException(programId));
    }

    /** The program's figures; the whole company's for a null id. */
    public Overview overview(String programId) {
        return ProgramHealth.overview(programId, load(programId), rules::of, clock.instant());
    }

    public List<WeeklySeries.Week> series(String programId, LocalDate from, LocalDate to) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? until.minusWeeks(11) : from;
        return WeeklySeries.of(load(programId), since, until);
    }

    public List<SkillDemand.Skill> skills(String programId) {
        return SkillDemand.of(load(programId));
    }

    public List<AtRisk> atRisk(String programId) {
        return AtRiskDetector.detect(load(programId), rules::of, clock.instant());
    }

    public AtRiskRules rules(String programId) {
        program(programId);
        return rules.of(programId);
    }

    public void saveRules(String programId, AtRiskRules programRules) {
        program(programId);
        rules.save(programId, programRules);
    }

    private Facts load(String programId) {
        if (programId != null) {
            program(programId);
        }
        return facts.load(programId);
    }
}
