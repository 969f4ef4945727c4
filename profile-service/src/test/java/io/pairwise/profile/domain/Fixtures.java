package io.pairwise.profile.domain;

import io.pairwise.contracts.matching.MatchCriterion;
import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.contracts.profile.MatchingRules;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.SkillLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Programs and participants for the domain's unit tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private Fixtures() {
    }

    public static ProgramSettings settings(MentoringType type, Eligibility eligibility) {
        return new ProgramSettings("Leadership 2026", "Future leads", type, MatchingMode.AUTOMATIC, null, null, null,
                null, 14, 180, 2, type == MentoringType.GROUP ? 5 : null, eligibility,
                new MatchingRules(4, true, true, MatchingObjective.BEST_TOTAL_FIT, Map.of(MatchCriterion.SKILL_FIT, 1.0)),
                List.of("ada"));
    }

    public static Eligibility everyone() {
        return new Eligibility(List.of(), List.of(), List.of());
    }

    /** An open program of the given type that everyone may join. */
    public static Program openProgram(MentoringType type) {
        return openProgram(settings(type, everyone()));
    }

    public static Program openProgram(ProgramSettings settings) {
        return Program.create("prg-1", settings, "ada", NOW.minusSeconds(3600)).openEnrollment(NOW.minusSeconds(3600));
    }

    public static ParticipantProfile profile() {
        return new ParticipantProfile("Ingrid Schäfer", "ingrid@example.com", null, "Engineering Manager",
                "Platform Engineering", "Berlin", "Europe/Berlin", List.of("de", "en"), "E10007", CareerStage.SENIOR, 14,
                List.of(new SkillLevel("Kubernetes", 5)), List.of("Executive presence"), List.of("Chess"),
                List.of("Candour"), null, null, null, List.of());
    }

    public static Participant participant() {
        return Participant.create("prt-1", "E10442", "ingrid", null, profile(), NOW.minusSeconds(7200));
    }
}
