package io.pairwise.matching.domain;

import io.pairwise.matching.domain.scoring.MatchingPool;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic company: an org tree (so reporting chains are real), departments per subtree, sites in time
 * zones around the world with their local languages, a skill catalogue with popular and rare skills, values,
 * interests, styles and meeting preferences; the most senior people mentor, with capacity 1-3. Some people ask to
 * avoid someone, some pairs ended early before, and a few people enrol on both sides.
 */
public final class SyntheticCompany {

    public static final Instant PROGRAM_START = Instant.parse("2026-03-02T09:00:00Z");

    private static final String[][] SITES = {
            // zone, local language, weight
            {"Europe/Berlin", "de", "20"}, {"America/New_York", "en", "15"}, {"Europe/London", "en-GB", "10"},
            {"Asia/Kolkata", "hi", "12"}, {"America/Los_Angeles", "en", "8"}, {"Asia/Singapore", "zh", "6"},
            {"Europe/Warsaw", "pl", "6"}, {"America/Sao_Paulo", "pt-BR", "5"}, {"America/Chicago", "es", "5"},
            {"Asia/Tokyo", "ja", "4"}, {"Australia/Sydney", "en-AU", "4"}, {"Europe/Paris", "fr", "3"},
            {"Asia/Kathmandu", "ne", "1"}, {"Pacific/Auckland", "en-NZ", "1"}};
    private static final String[] NAMED_SKILLS = {"Java", "Kubernetes", "Leadership", "Public speaking", "Python",
            "Product management", "Negotiation", "SQL", "Machine learning", "Cloud architecture", "Rust", "Go",
            "Stakeholder management", "Data visualisation", "Security", "Kafka", "React", "Hiring", "Finance basics",
            "Strategy", "Coaching", "Design systems", "Accessibility", "Mobile development", "Observability"};
    private static final int SKILLS = 150;
    private static final String[] VALUES = {"integrity", "curiosity", "craft", "teamwork", "impact", "learning",
            "balance", "diversity", "ownership", "candour", "customer focus", "sustainability"};
    private static final int INTERESTS = 40;
    private static final int DEPARTMENTS = 24;
    private static final int SPAN = 6;

    private SyntheticCompany() {
    }

    public static MatchingPool generate(long seed, int mentees, int mentors) {
        Random random = new Random(seed);
        int people = mentees + mentors;
        String[] ids = new String[people];
        for (int k = 0; k < people; k++) {
            ids[k] = String.format("E%06d", k);
        }
        // Org tree by index: the manager of k is (k - 1) / SPAN; departments are the subtrees at depth 2.
        int[] depth = new int[people];
        int[] department = new int[people];
        int[] site = new int[people];
        int totalWeight = Arrays.stream(SITES).mapToInt(s -> Integer.parseInt(s[2])).sum();
        for (int k = 0; k < people; k++) {
            int manager = (k - 1) / SPAN;
            depth[k] = k == 0 ? 0 : depth[manager] + 1;
            department[k] = depth[k] < 2 ? 0 : depth[k] == 2 ? 1 + random.nextInt(DEPARTMENTS) : department[manager];
            site[k] = k > 0 && random.nextDouble() < 0.7 ? site[manager] : weighted(random, totalWeight);
        }
        CareerStage[] stage = new CareerStage[people];
        int[] years = new int[people];
        double[] seniority = new double[people];
        for (int k = 0; k < people; k++) {
            stage[k] = depth[k] <= 1 ? CareerStage.EXECUTIVE : depth[k] <= 3 ? CareerStage.SENIOR
                    : randomStage(random);
            years[k] = switch (stage[k]) {
                case EARLY -> random.nextInt(4);
                case MID -> 3 + random.nextInt(8);
                case SENIOR -> 8 + random.nextInt(15);
                case EXECUTIVE -> 15 + random.nextInt(20);
            };
            seniority[k] = stage[k].ordinal() + years[k] / 40.0 + random.nextDouble();
        }
        // The most senior become mentors (with noise), everyone else a mentee.
        Integer[] bySeniority = new Integer[people];
        for (int k = 0; k < people; k++) {
            bySeniority[k] = k;
        }
        Arrays.sort(bySeniority, Comparator.comparingDouble((Integer k) -> seniority[k]).reversed());
        boolean[] mentor = new boolean[people];
        for (int r = 0; r < mentors; r++) {
            mentor[bySeniority[r]] = true;
        }

        MatchingPool.Builder pool = MatchingPool.builder(PROGRAM_START);
        List<Participant> mentorList = new ArrayList<>();
        Set<String> mentorsAlsoMentee = new LinkedHashSet<>();
        for (int k = 0; k < people; k++) {
            Participant participant = participant(random, k, ids, depth, department, site, stage, years, mentor[k]);
            if (mentor[k]) {
                pool.mentor(participant, 1 + random.nextInt(3));
                mentorList.add(participant);
            } else if (random.nextDouble() < 0.002 && !mentorList.isEmpty()) {
                // A mentor who also wants a mentor takes this mentee place: the same person on both sides.
                Participant both = mentorList.get(random.nextInt(mentorList.size()));
                pool.mentee(mentorsAlsoMentee.add(both.id()) ? both : participant);
            } else {
                pool.mentee(participant);
            }
        }
        for (int k = 0; k < people / 200; k++) {
            pool.endedEarly(ids[random.nextInt(people)], ids[random.nextInt(people)]);
        }
        return pool.build();
    }

    private static Participant participant(Random random, int k, String[] ids, int[] depth, int[] department,
                                           int[] site, CareerStage[] stage, int[] years, boolean mentor) {
        List<String> chain = new ArrayList<>();
        for (int manager = (k - 1) / SPAN; k > 0 && chain.size() < 8; manager = (manager - 1) / SPAN) {
            chain.add(ids[manager]);
            if (manager == 0) {
                break;
            }
        }
        String[] where = SITES[site[k]];
        List<String> languages = new ArrayList<>();
        if (!where[1].startsWith("en")) {
            languages.add(where[1]);
        }
        if (random.nextDouble() < 0.85 || languages.isEmpty()) {
            languages.add(where[1].startsWith("en") ? where[1] : "en");
        }
        if (random.nextDouble() < 0.1) {
            languages.add(random.nextBoolean() ? "es" : "fr");
        }
        List<Skill> expertise = new ArrayList<>();
        int expertiseCount = mentor ? 3 + random.nextInt(5) : 1 + random.nextInt(3);
        Set<String> named = new LinkedHashSet<>();
        while (named.size() < expertiseCount) {
            named.add(skill(random));
        }
        for (String name : named) {
            expertise.add(new Skill(name, mentor ? 2 + random.nextInt(4) : 1 + random.nextInt(3)));
        }
        List<String> goals = new ArrayList<>();
        int goalCount = mentor ? random.nextInt(2) : 1 + random.nextInt(4);
        while (goals.size() < goalCount) {
            String goal = skill(random);
            if (!goals.contains(goal)) {
                goals.add(goal);
            }
        }
        List<String> interests = new ArrayList<>();
        for (int n = 2 + random.nextInt(4); interests.size() < n; ) {
            String interest = "interest-" + random.nextInt(INTERESTS);
            if (!interests.contains(interest)) {
                interests.add(interest);
            }
        }
        List<String> values = new ArrayList<>();
        for (int n = 2 + random.nextInt(3); values.size() < n; ) {
            String value = VALUES[random.nextInt(VALUES.length)];
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        CommunicationStyle style = new CommunicationStyle(
                random.nextDouble() < 0.1 ? null : CommunicationStyle.Directness.values()[random.nextInt(2)],
                random.nextDouble() < 0.1 ? null : CommunicationStyle.Structure.values()[random.nextInt(2)]);
        MeetingPreferences meeting = null;
        if (random.nextDouble() < 0.85) {
            List<MeetingMode> modes = new ArrayList<>(List.of(MeetingMode.values()));
            Collections.shuffle(modes, random);
            meeting = new MeetingPreferences(new int[]{7, 14, 14, 21, 28, 30}[random.nextInt(6)],
                    modes.subList(0, 1 + random.nextInt(3)));
        }
        Set<String> avoid = random.nextDouble() < 0.01 ? Set.of(ids[random.nextInt(ids.length)]) : Set.of();
        return new Participant(ids[k], department[k] == 0 ? "Executive office" : "Department " + department[k],
                ZoneId.of(where[0]), languages, chain, stage[k], years[k], expertise, goals, interests, values, style,
                meeting, avoid);
    }

    /** Zipf-like: a few skills are wanted and offered everywhere, the long tail rarely. */
    private static String skill(Random random) {
        int index = (int) Math.floor(Math.pow(SKILLS, random.nextDouble())) - 1;
        return index < NAMED_SKILLS.length ? NAMED_SKILLS[index] : "Skill " + index;
    }

    private static CareerStage randomStage(Random random) {
        double draw = random.nextDouble();
        return draw < 0.4 ? CareerStage.EARLY : draw < 0.8 ? CareerStage.MID : draw < 0.97 ? CareerStage.SENIOR
                : CareerStage.EXECUTIVE;
    }

    private static int weighted(Random random, int totalWeight) {
        int draw = random.nextInt(totalWeight);
        for (int s = 0; s < SITES.length; s++) {
            draw -= Integer.parseInt(SITES[s][2]);
            if (draw < 0) {
                return s;
            }
        }
        throw new IllegalStateException();
    }
}
