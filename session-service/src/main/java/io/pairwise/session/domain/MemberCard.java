package io.pairwise.session.domain;

/**
 * A member as matching announced them. The display name and zone are replaced by the directory's
 * newer values where profile events brought some; erasure blanks the name.
 *
 * @param timeZone IANA zone id
 */
public record MemberCard(String participantId, String displayName, String timeZone, MemberRole role) {
}
