package io.pairwise.matching.domain.scoring;

import io.pairwise.matching.domain.Criterion;
import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.MeetingMode;
import io.pairwise.matching.domain.Participant;
import io.pairwise.matching.domain.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a scored pair into contributions and reasons, reading the same components the row scorer adds up. */
final class Explainer {

    private static final int MAX_REASONS = 3;
    private static final int MIN_REASONS = 2;
    /** A criterion this good is worth telling even when its weight is small. */
    private static final double STRONG = 0.5;

    private final CompatibilityScorer scorer;
    private final RowScorer row;
    private final Participant mentee;

    Explainer(CompatibilityScorer scorer, RowScorer row) {
        this.scorer = scorer;
        this.row = row;
        this.mentee = scorer.pool.mentee(row.mentee());
    }

    Explanation explain(int mentor, double score) {
        double[] values = row.criteria(mentor);
        EnumMap<Criterion, Double> raw = new EnumMap<>(Criterion.class);
        EnumMap<Criterion, Double> contributions = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            raw.put(criterion, values[criterion.ordinal()]);
            contributions.put(criterion, scorer.weights[criterion.ordinal()] * values[criterion.ordinal()]);
        }

        List<Criterion> strongestFirst = contributions.keySet().stream()
                .filter(criterion -> contributions.get(criterion) > 0)
                .sorted(Comparator.comparing(contributions::get).reversed())
                .toList();
        List<Reason> reasons = new ArrayList<>();
        for (Criterion criterion : strongestFirst) {
            if (reasons.size() < MAX_REASONS && raw.get(criterion) >= STRONG) {
                addReason(reasons, criterion, mentor);
            }
        }
        for (Criterion criterion : strongestFirst) {
            if (reasons.size() < MIN_REASONS && raw.get(criterion) < STRONG) {
                addReason(reasons, criterion, mentor);
            }
        }
        return new Explanation(score, contributions, reasons);
    }

    private void addReason(List<Reason> reasons, Criterion criterion, int mentor) {
        Reason reason = switch (criterion) {
            case SKILL_FIT -> skillReason(mentor);
            case SENIORITY_GAP -> seniorityReason(mentor);
            case TIME_ZONE_OVERLAP -> timeZoneReason(mentor);
            case SHARED_LANGUAGE -> languageReason(mentor);
            case STYLE_AND_VALUES -> styleReason(mentor);
            case MEETING_PREFERENCES -> meetingReason(mentor);
            case CROSS_DEPARTMENT -> departmentReason(mentor);
        };
        if (reason != null) {
            reasons.add(reason);
        }
    }

    private Reason skillReason(int mentor) {
        Features mentors = scorer.mentors;
        int best = -1;
        int bestLevel = 0;
        int matched = 0;
        for (int e = mentors.expertiseStart[mentor]; e < mentors.expertiseStart[mentor + 1]; e++) {
            int skill = mentors.expertiseSkill[e];
            int level = mentors.expertiseLevel[e];
            if (row.skillWeight(skill, level) > 0) {
                matched++;
                if (best < 0 || row.skillWeight(skill, level) > row.skillWeight(best, bestLevel)) {
                    best = skill;
                    bestLevel = level;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        String skill = scorer.vocabularies.skills().name(best);
        String level = Integer.toString(bestLevel);
        int goals = scorer.mentees.goalStart[row.mentee() + 1] - scorer.mentees.goalStart[row.mentee()];
        if (scorer.rare(best)) {
            return new Reason(Criterion.SKILL_FIT, "rare-skill", Map.of("skill", skill, "mentorLevel", level),
                    "brings a skill few mentors offer: " + skill + " (mentor level " + level + ")");
        }
        if (matched > 1) {
            return new Reason(Criterion.SKILL_FIT, "shared-goals", Map.of("skill", skill, "mentorLevel", level,
                    "matched", Integer.toString(matched), "goals", Integer.toString(goals)),
                    "covers " + matched + " of your " + goals + " goals, e.g. " + skill + " (mentor level " + level + ")");
        }
        return new Reason(Criterion.SKILL_FIT, "shared-goal", Map.of("skill", skill, "mentorLevel", level),
                "shares your goal: " + skill + " (mentor level " + level + ")");
    }

    private Reason seniorityReason(int mentor) {
        Participant other = scorer.pool.mentor(mentor);
        String stage = other.careerStage().name().toLowerCase(Locale.ROOT);
        int yearsAhead = other.yearsOfExperience() - mentee.yearsOfExperience();
        return switch (scorer.policy.mentoringType()) {
            case CAREER, SITUATIONAL, GROUP -> yearsAhead > 0
                    ? new Reason(Criterion.SENIORITY_GAP, "more-experienced",
                    Map.of("yearsAhead", Integer.toString(yearsAhead), "mentorStage", stage),
                    yearsAhead + " more years of experience (" + stage + " career stage)")
                    : new Reason(Criterion.SENIORITY_GAP, "more-senior", Map.of("mentorStage", stage),
                    "further in their career (" + stage + " career stage)");
            case REVERSE -> new Reason(Criterion.SENIORITY_GAP, "fresh-perspective", Map.of("mentorStage", stage),
                    "a fresh perspective from the " + stage + " career stage");
            case PEER, MUTUAL -> new Reason(Criterion.SENIORITY_GAP, "same-stage", Map.of("stage", stage),
                    "at a similar point in their career (" + stage + " career stage)");
        };
    }

    private Reason timeZoneReason(int mentor) {
        int distance = row.distanceQuarterHours(mentor);
        if (distance == 0) {
            return new Reason(Criterion.TIME_ZONE_OVERLAP, "same-working-hours", Map.of(),
                    "works the same hours as you");
        }
        String hours = formatHours(Math.max(0, 32 - distance) / 4.0);
        return new Reason(Criterion.TIME_ZONE_OVERLAP, "working-hours-overlap", Map.of("hours", hours),
                hours + " h of shared working hours");
    }

    private Reason languageReason(int mentor) {
        Features mentees = scorer.mentees;
        Features mentors = scorer.mentors;
        int words = mentees.languageWords;
        for (String tag : mentee.languages()) {
            int language = scorer.vocabularies.languages().id(tag);
            if (Features.hasBit(mentors.languages, mentor * words, language)) {
                String code = scorer.vocabularies.languages().name(language);
                String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
                return new Reason(Criterion.SHARED_LANGUAGE, "shared-language", Map.of("language", code),
                        "you both speak " + (name.isEmpty() ? code : name));
            }
        }
        return null;
    }

    private Reason styleReason(int mentor) {
        Participant other = scorer.pool.mentor(mentor);
        String values = shared(mentee.values(), other.values(), scorer.vocabularies.values());
        if (!values.isEmpty()) {
            return new Reason(Criterion.STYLE_AND_VALUES, "shared-values", Map.of("values", values),
                    "shares your values: " + values);
        }
        if (mentee.communicationStyle() != null && mentee.communicationStyle().equals(other.communicationStyle())
                && mentee.communicationStyle().directness() != null && mentee.communicationStyle().structure() != null) {
            String directness = mentee.communicationStyle().directness().name().toLowerCase(Locale.ROOT);
            String structure = mentee.communicationStyle().structure().name().toLowerCase(Locale.ROOT);
            return new Reason(Criterion.STYLE_AND_VALUES, "same-style",
                    Map.of("directness", directness, "structure", structure),
                    "communicates like you: " + directness + " and " + structure);
        }
        String interests = shared(mentee.interests(), other.interests(), scorer.vocabularies.interests());
        return interests.isEmpty() ? null : new Reason(Criterion.STYLE_AND_VALUES, "shared-interests",
                Map.of("interests", interests), "shares your interests: " + interests);
    }

    private Reason meetingReason(int mentor) {
        Participant other = scorer.pool.mentor(mentor);
        if (mentee.meetingPreferences() == null || other.meetingPreferences() == null
                || mentee.meetingPreferences().modes().isEmpty()) {
            return null;
        }
        MeetingMode mode = mentee.meetingPreferences().modes().getFirst();
        if (!other.meetingPreferences().modes().contains(mode)) {
            return null;
        }
        String cadence = Integer.toString(other.meetingPreferences().cadenceDays());
        String how = switch (mode) {
            case IN_PERSON -> "in person";
            case VIDEO -> "by video";
            case CHAT -> "by chat";
        };
        return new Reason(Criterion.MEETING_PREFERENCES, "meeting-fit", Map.of("mode", mode.name(),
                "cadenceDays", cadence), "likes to meet " + how + " too, about every " + cadence + " days");
    }

    private Reason departmentReason(int mentor) {
        String department = scorer.pool.mentor(mentor).department();
        if (row.departmentFit(scorer.mentors.department[mentor]) < 1.0) {
            return null;
        }
        return new Reason(Criterion.CROSS_DEPARTMENT, "other-department", Map.of("department", department),
                "an outside view from " + department);
    }

    /** Up to three of the mentee's words the mentor shares, in the mentee's order and spelling. */
    private static String shared(List<String> mine, List<String> theirs, Vocabulary vocabulary) {
        Set<Integer> their = theirs.stream().map(vocabulary::id).collect(Collectors.toSet());
        Set<Integer> told = new HashSet<>();
        return mine.stream().filter(word -> their.contains(vocabulary.id(word)) && told.add(vocabulary.id(word)))
                .limit(3).collect(Collectors.joining(", "));
    }

    private static String formatHours(double hours) {
        return hours == Math.rint(hours) ? Integer.toString((int) hours) : Double.toString(hours);
    }
}
