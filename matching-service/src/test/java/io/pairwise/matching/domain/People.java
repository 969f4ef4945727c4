package io.pairwise.matching.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Builds a participant with plain defaults, changed one field at a time, for tests that need exact scores. */
public final class People {

    private final String id;
    private String department = "Engineering";
    private ZoneId timeZone = ZoneId.of("Europe/Berlin");
    private List<String> languages = List.of("en");
    private List<String> reportingChain = List.of();
    private CareerStage stage = CareerStage.MID;
    private int years = 5;
    private List<Skill> expertise = List.of();
    private List<String> goals = List.of();
    private List<String> interests = List.of();
    private List<String> values = List.of();
    private CommunicationStyle style;
    private MeetingPreferences meeting;
    private Set<String> avoid = Set.of();

    private People(String id) {
        this.id = id;
    }

    public static People person(String id) {
        return new People(id);
    }

    public Participant build() {
        return new Participant(id, department, timeZone, languages, reportingChain, stage, years, expertise, goals,
                interests, values, style, meeting, avoid);
    }

    public People department(String value) {
        department = value;
        return this;
    }

    public People timeZone(String zone) {
        timeZone = ZoneId.of(zone);
        return this;
    }

    public People languages(String... tags) {
        languages = List.of(tags);
        return this;
    }

    public People reportingChain(String... managers) {
        reportingChain = List.of(managers);
        return this;
    }

    public People stage(CareerStage value, int yearsOfExperience) {
        stage = value;
        years = yearsOfExperience;
        return this;
    }

    public People expertise(Skill... skills) {
        expertise = List.of(skills);
        return this;
    }

    public People goals(String... developmentGoals) {
        goals = List.of(developmentGoals);
        return this;
    }

    public People interests(String... shared) {
        interests = List.of(shared);
        return this;
    }

    public People values(String... shared) {
        values = List.of(shared);
        return this;
    }

    public People style(CommunicationStyle.Directness directness, CommunicationStyle.Structure structure) {
        style = new CommunicationStyle(directness, structure);
        return this;
    }

    public People meeting(int cadenceDays, MeetingMode... modes) {
        meeting = new MeetingPreferences(cadenceDays, List.of(modes));
        return this;
    }

    public People avoids(String... ids) {
        avoid = Set.of(ids);
        return this;
    }
}
