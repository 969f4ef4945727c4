package io.pairwise.contracts.matching;

/**
 * The public card of one member of a mentorship: just enough for introductions and scheduling.
 *
 * @param timeZone IANA zone id
 */
public record Member(String participantId, String displayName, String timeZone) {
}
