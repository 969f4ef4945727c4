package io.pairwise.matching.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What matching knows about one person; the same record serves mentees and mentors.
 *
 * @param id                 the participant (employee) id
 * @param department         null when unknown
 * @param timeZone           where the person works; working hours are taken as 09:00-17:00 local time
 * @param languages          BCP 47 tags, most fluent first; regional variants count as the same language
 * @param reportingChain     ids of every manager up the chain, direct manager first
 * @param developmentGoals   skills or topics the person wants to grow, in their order of importance
 * @param communicationStyle null when the person has not said
 * @param meetingPreferences null when the person has not said
 * @param avoidIds           people this person asked never to be matched with
 */
public record Participant(
        String id,
        String department,
        ZoneId timeZone,
        List<String> languages,
        List<String> reportingChain,
        CareerStage careerStage,
        int yearsOfExperience,
        List<Skill> expertise,
        List<String> developmentGoals,
        List<String> interests,
        List<String> values,
        CommunicationStyle communicationStyle,
        MeetingPreferences meetingPreferences,
        Set<String> avoidIds) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(careerStage, "careerStage");
        if (yearsOfExperience < 0) {
            throw new IllegalArgumentException("yearsOfExperience must not be negative: " + yearsOfExperience);
        }
        languages = List.copyOf(languages);
        reportingChain = List.copyOf(reportingChain);
        expertise = List.copyOf(expertise);
        developmentGoals = List.copyOf(developmentGoals);
        interests = List.copyOf(interests);
        values = List.copyOf(values);
        avoidIds = Set.copyOf(avoidIds);
    }
}
