package io.pairwise.session.domain;

import io.pairwise.contracts.session.SessionChannel;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where and how a session takes place, and what to bring. A meeting in person needs a location; a
 * meeting link must be an absolute http(s) address, since calendar clients render it as a link.
 */
public record Venue(SessionChannel channel, String location, String meetingLink, String agenda, String preWork) {

    public Venue {
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
        if (channel == SessionChannel.IN_PERSON && (location == null || location.isBlank())) {
            throw new IllegalArgumentException("a session in person needs a location");
        }
        if (meetingLink != null && !isWebAddress(meetingLink)) {
            throw new IllegalArgumentException("meetingLink must be an absolute http(s) address");
        }
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
