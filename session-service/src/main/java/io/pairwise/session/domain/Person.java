package io.pairwise.session.domain;

import java.util.Optional;

/**
 * What the directory (built from profile events) knows of a participant: how to address them in a
 * calendar invite and which zone to show times in.
 */
public record Person(String participantId, String displayName, String email, String timeZone) {

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email).filter(e -> !e.isBlank());
    }
}
