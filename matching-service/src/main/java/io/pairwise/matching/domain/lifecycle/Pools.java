package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.profile.MatchingRules;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.Role;
import io.pairwise.matching.domain.CareerStage;
import io.pairwise.matching.domain.CommunicationStyle;
import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.MatchingPolicy;
import io.pairwise.matching.domain.MeetingMode;
import io.pairwise.matching.domain.MeetingPreferences;
import io.pairwise.matching.domain.MentoringType;
import io.pairwise.matching.domain.Participant;
import io.pairwise.matching.domain.Skill;
import io.pairwise.matching.domain.scoring.CompatibilityScorer;
import io.pairwise.matching.domain.scoring.MatchingPool;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the read model, the places still free and the history into the domain's pool: who can still be
 * matched, the program's policy, and the pairs that ended early as a bad fit (never paired again).
 */
public final class Pools {

    private final ProgramDirectory directory;
    private final Mentorships mentorships;
    private final CapacityLedger ledger;

    public Pools(ProgramDirectory directory, Mentorships mentorships, CapacityLedger ledger) {
        this.directory = directory;
        this.mentorships = mentorships;
        this.ledger = ledger;
    }

    /** A program's pool with its scorer; {@code enrollees} maps participant ids to what they enrolled with. */
    public record Pool(Program program, MatchingPool pool, CompatibilityScorer scorer,
                       Map<String, Enrollee> enrollees) {
    }

    /**
     * Mentees without a live mentorship or proposal, mentors with the places they have free; in peer and
     * mutual programs everyone enrolled and unmatched is on both sides with one place.
     */
    public Pool of(Program program, Instant now) {
        List<Mentorship> history = mentorships.ofProgram(program.id());
        Set<String> busy = new HashSet<>();
        MatchingPool.Builder builder = MatchingPool.builder(program.offsetsAt(now));
        for (Mentorship m : history) {
            if (m.status().live()) {
                busy.addAll(m.menteeIds());
                if (program.amongPeers()) {
                    busy.addAll(m.mentorIds());
                }
            }
            if (m.badFit()) {
                for (String mentor : m.mentorIds()) {
                    for (String mentee : m.menteeIds()) {
                        builder.endedEarly(mentee, mentor);
                    }
                }
            }
        }
        List<Enrollee> mentees = directory.enrolled(program.id(), Role.MENTEE);
        List<Enrollee> mentors = directory.enrolled(program.id(), Role.MENTOR);
        Map<String, Enrollee> enrollees = new LinkedHashMap<>();
        Map<String, String> byEmployee = new HashMap<>();
        for (Enrollee e : concat(mentees, mentors)) {
            enrollees.putIfAbsent(e.participantId(), e);
            if (e.profile().employeeId() != null) {
                byEmployee.put(e.profile().employeeId(), e.participantId());
            }
        }
        if (program.amongPeers()) {
            for (Enrollee e : enrollees.values()) {
                if (!busy.contains(e.participantId())) {
                    Participant p = participant(e, byEmployee);
                    builder.mentee(p).mentor(p, 1);
                }
            }
        } else {
            Map<String, Integer> free = ledger.free(program.id());
            mentees.stream().filter(e -> !busy.contains(e.participantId()))
                    .forEach(e -> builder.mentee(participant(e, byEmployee)));
            for (Enrollee e : mentors) {
                int places = Math.max(0, free.getOrDefault(e.participantId(), capacityOf(program, e)));
                builder.mentor(participant(e, byEmployee), places);
            }
        }
        MatchingPool pool = builder.build();
        return new Pool(program, pool, new CompatibilityScorer(pool, policy(program)), enrollees);
    }

    /** The places a mentor has in the program: a cohort in group programs, else their capacity. */
    public static int capacityOf(Program program, Enrollee mentor) {
        if (program.groups() && program.snapshot().groupSize() != null) {
            return program.snapshot().groupSize();
        }
        return mentor.capacity();
    }

    public static MatchingPolicy policy(Program program) {
        MatchingRules rules = program.snapshot().matchingRules();
        MentoringType type = MentoringType.valueOf(program.type().name());
        if (rules == null) {
            return MatchingPolicy.defaults(type);
        }
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        rules.criterionWeights().forEach((criterion, weight) -> weights.put(Criterion.valueOf(criterion.name()), weight));
        boolean anyWeight = weights.values().stream().anyMatch(w -> w > 0);
        return new MatchingPolicy(type, anyWeight ? weights : MatchingPolicy.defaultWeights(),
                rules.maxTimeZoneDistanceHours(), rules.sameLanguageRequired(),
                rules.excludeReportingChain() ? MatchingPolicy.MANAGER_AND_SKIP_LEVEL : 0);
    }

    /**
     * The domain's participant. Reporting chains name employee ids; they are translated to participant
     * ids here, so the chain rule compares like with like.
     */
    public static Participant participant(Enrollee enrollee, Map<String, String> participantByEmployee) {
        ParticipantSnapshot s = enrollee.profile();
        return new Participant(enrollee.participantId(), s.department(), zone(s.timeZone()), s.languages(),
                s.reportingChain().stream().map(id -> participantByEmployee.getOrDefault(id, id)).toList(),
                s.careerStage() == null ? CareerStage.MID : CareerStage.valueOf(s.careerStage().name()),
                Math.max(0, s.yearsOfExperience()),
                s.expertise().stream().filter(skill -> skill.level() >= 1 && skill.level() <= Skill.MAX_LEVEL)
                        .map(skill -> new Skill(skill.skill(), skill.level())).toList(),
                s.developmentGoals(), s.interests(), s.values(),
                s.communicationStyle() == null ? null : new CommunicationStyle(
                        s.communicationStyle().directness() == null ? null
                                : CommunicationStyle.Directness.valueOf(s.communicationStyle().directness().name()),
                        s.communicationStyle().structure() == null ? null
                                : CommunicationStyle.Structure.valueOf(s.communicationStyle().structure().name())),
                s.meetingPreferences() == null || s.meetingPreferences().cadenceDays() < 1 ? null
                        : new MeetingPreferences(s.meetingPreferences().cadenceDays(), s.meetingPreferences().modes()
                        .stream().map(mode -> MeetingMode.valueOf(mode.name())).toList()),
                Set.copyOf(s.avoidParticipantIds()));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static List<Enrollee> concat(List<Enrollee> a, List<Enrollee> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
