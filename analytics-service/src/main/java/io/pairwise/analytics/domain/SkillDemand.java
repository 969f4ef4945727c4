package io.pairwise.analytics.domain;

import io.pairwise.analytics.domain.Facts.Enrollment;
import io.pairwise.analytics.domain.Facts.Mentorship;
import io.pairwise.analytics.domain.Facts.Participant;
import io.pairwise.contracts.profile.Role;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Mentor supply against mentee demand per skill: the gaps to recruit mentors for. Supply is the
 * enrolled mentors offering the skill (level 3 or more), demand the enrolled mentees who want to grow
 * in it, and the waitlisted ones among them.
 */
public final class SkillDemand {

    private SkillDemand() {
    }

    /**
     * @param gap demand minus supply; suppressed whenever either side is
     */
    public record Skill(String skill, Figure mentors, Figure mentees, Figure waitlistedMentees, Figure gap) {
    }

    public static List<Skill> of(Facts facts) {
        Map<String, Participant> participants = facts.participantsById();
        Set<String> current = facts.matchedMentorships().stream().filter(Mentorship::isCurrent)
                .flatMap(m -> m.menteeIds().stream().map(id -> id + "|" + m.programId())).collect(Collectors.toSet());
        Map<String, Set<String>> supply = bySkill(facts.currentEnrollments(Role.MENTOR), participants,
                Participant::skillsOffered);
        List<Enrollment> mentees = facts.currentEnrollments(Role.MENTEE);
        Map<String, Set<String>> demand = bySkill(mentees, participants, Participant::skillsWanted);
        Map<String, Set<String>> waitlisted = bySkill(mentees.stream()
                        .filter(e -> !current.contains(e.participantId() + "|" + e.programId())).toList(),
                participants, Participant::skillsWanted);
        Set<String> skills = new HashSet<>(supply.keySet());
        skills.addAll(demand.keySet());
        return skills.stream().map(skill -> {
            Figure mentors = Figure.people(supply.getOrDefault(skill, Set.of()));
            Figure wanting = Figure.people(demand.getOrDefault(skill, Set.of()));
            Figure gap = mentors.suppressed() || wanting.suppressed() ? new Figure(null, true)
                    : new Figure(wanting.value() - mentors.value(), false);
            return new Skill(skill, mentors, wanting, Figure.people(waitlisted.getOrDefault(skill, Set.of())), gap);
        }).sorted(Comparator.comparing((Skill s) -> s.gap().value() == null ? Double.NEGATIVE_INFINITY : s.gap().value())
                .reversed().thenComparing(Skill::skill)).toList();
    }

    private static Map<String, Set<String>> bySkill(List<Enrollment> enrollments, Map<String, Participant> participants,
                                                    Function<Participant, Set<String>> skillsOf) {
        Map<String, Set<String>> bySkill = new TreeMap<>();
        for (Enrollment enrollment : enrollments) {
            Participant participant = participants.get(enrollment.participantId());
            if (participant == null) {
                continue;
            }
            for (String skill : skillsOf.apply(participant)) {
                bySkill.computeIfAbsent(skill, s -> new HashSet<>()).add(enrollment.participantId());
            }
        }
        return bySkill;
    }
}
