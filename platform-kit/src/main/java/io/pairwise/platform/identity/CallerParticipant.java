package io.pairwise.platform.identity;

import org.springframework.security.oauth2.jwt.Jwt;

/** The participant a request speaks for. */
public final class CallerParticipant {

    /** Added by {@link ParticipantJwtConverter} when the token's subject is a known login. */
    public static final String CLAIM = "pairwise_participant_id";

    private CallerParticipant() {
    }

    /**
     * The participant id behind the token: resolved from its login, else the subject itself. The
     * fallback serves callers that already hold participant ids as subjects (internal clients and
     * tests); it cannot be abused to take someone's place, since profile-service generates
     * participant ids ({@code prt-<uuid>}) and no login of the identity provider has that form.
     */
    public static String id(Jwt token) {
        String resolved = token.getClaimAsString(CLAIM);
        return resolved != null ? resolved : token.getSubject();
    }
}
