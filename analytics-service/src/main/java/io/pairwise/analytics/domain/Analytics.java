package io.pairwise.analytics.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The figures the API and the gauges serve, computed from the current projections at the clock's now, and
 * kept while the facts stay the same (at most {@code maxAge}; see {@link FigureCache}).
 */
public final class Analytics {

    private final FactSource facts;
    private final AtRiskRulesStore rules;
    private final Clock clock;
    private final FigureCache cache;

    public Analytics(FactSource facts, AtRiskRulesStore rules, Clock clock, Duration maxAge) {
        this.facts = facts;
        this.rules = rules;
        this.clock = clock;
        this.cache = new FigureCache(facts::version, clock, maxAge);
    }

    public List<ProgramSummary> programs() {
        return cache.get("programs", () -> facts.programs().stream().sorted(Comparator.comparing(Facts.Program::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(program -> {
                    Overview overview = overview(program.programId());
                    return new ProgramSummary(program.programId(), program.name(), program.mentoringType(),
                            program.closedAt() != null, overview.enrollment().mentors(), overview.enrollment().mentees(),
                            overview.mentorships().active(), overview.matching().matchRate(), overview.atRisk());
                }).toList());
    }

    public Facts.Program program(String programId) {
        return facts.programs().stream().filter(p -> p.programId().equals(programId)).findFirst()
                .orElseThrow(() -> new UnknownProgramException(programId));
    }

    /** The program's figures; the whole company's for a null id. */
    public Overview overview(String programId) {
        return cache.get("overview:" + programId,
                () -> ProgramHealth.overview(programId, load(programId), rules::of, clock.instant()));
    }

    public List<WeeklySeries.Week> series(String programId, LocalDate from, LocalDate to) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? until.minusWeeks(11) : from;
        return cache.get("series:" + programId + ":" + since + ":" + until,
                () -> WeeklySeries.of(load(programId), since, until));
    }

    public List<SkillDemand.Skill> skills(String programId) {
        return cache.get("skills:" + programId, () -> SkillDemand.of(load(programId)));
    }

    public List<AtRisk> atRisk(String programId) {
        return cache.get("at-risk:" + programId, () -> AtRiskDetector.detect(load(programId), rules::of, clock.instant()));
    }

    public AtRiskRules rules(String programId) {
        program(programId);
        return rules.of(programId);
    }

    public void saveRules(String programId, AtRiskRules programRules) {
        program(programId);
        rules.save(programId, programRules);
        cache.clear(); // the at-risk figures follow the new rules at once (on this instance)
    }

    private Facts load(String programId) {
        if (programId != null) {
            program(programId);
        }
        return facts.load(programId);
    }
}
