package io.pairwise.contracts.profile;

import java.util.List;

/**
 * Everything matching needs to know about a participant, carried on every registration and profile
 * update so that no consumer has to call profile-service back.
 *
 * @param employeeId          the HR employee id
 * @param userName            the person's login, what the identity provider puts into the token's
 *                            subject; null when they have none. Consumers map a caller to the
 *                            participant by it (additive in v1)
 * @param preferredLocale     BCP 47 tag for messages, e.g. {@code de-CH}
 * @param jobTitle            null when unknown
 * @param location            office or site, null when unknown
 * @param timeZone            IANA zone id, e.g. {@code Europe/Berlin}
 * @param languages           BCP 47 language tags the person can mentor or be mentored in
 * @param managerEmployeeId   employee id of the direct manager, null at the top of the company
 * @param reportingChain      employee ids of every manager up the chain, direct manager first, so the
 *                            reporting-chain exclusion needs no directory lookup
 * @param communicationStyle  null when the person has not said
 * @param meetingPreferences  null when the person has not said
 * @param mentorCapacity      how many mentees the person takes at once; null if they do not mentor
 * @param avoidParticipantIds participants this person asked never to be matched with
 */
public record ParticipantSnapshot(
        String employeeId,
        String userName,
        String displayName,
        String email,
        String preferredLocale,
        String jobTitle,
        String department,
        String location,
        String timeZone,
        List<String> languages,
        String managerEmployeeId,
        List<String> reportingChain,
        CareerStage careerStage,
        int yearsOfExperience,
        List<SkillLevel> expertise,
        List<String> developmentGoals,
        List<String> interests,
        List<String> values,
        CommunicationStyle communicationStyle,
        MeetingPreferences meetingPreferences,
        Integer mentorCapacity,
        List<String> avoidParticipantIds) {

    public ParticipantSnapshot {
        languages = List.copyOf(languages);
        reportingChain = List.copyOf(reportingChain);
        expertise = List.copyOf(expertise);
        developmentGoals = List.copyOf(developmentGoals);
        interests = List.copyOf(interests);
        values = List.copyOf(values);
        avoidParticipantIds = List.copyOf(avoidParticipantIds);
    }
}
