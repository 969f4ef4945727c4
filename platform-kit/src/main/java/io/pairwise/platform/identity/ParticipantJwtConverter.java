package io.pairwise.platform.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Authenticates a bearer token as Spring Security would (roles from the configured claim) and adds
 * the caller's participant id as the claim {@value CallerParticipant#CLAIM}, so controllers read it
 * with {@link CallerParticipant#id}. The subject stays the login: program ownership and audit keep
 * using it.
 */
public class ParticipantJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtAuthenticationConverter authorities;
    private final ParticipantLogins logins;

    public ParticipantJwtConverter(JwtAuthenticationConverter authorities, ParticipantLogins logins) {
        this.authorities = authorities;
        this.logins = logins;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        AbstractAuthenticationToken authenticated = authorities.convert(jwt);
        return logins.participantFor(jwt.getSubject())
                .<AbstractAuthenticationToken>map(participantId -> new JwtAuthenticationToken(
                        Jwt.withTokenValue(jwt.getTokenValue())
                                .headers(headers -> headers.putAll(jwt.getHeaders()))
                                .claims(claims -> {
                                    claims.putAll(jwt.getClaims());
                                    claims.put(CallerParticipant.CLAIM, participantId);
                                })
                                .build(),
                        authenticated.getAuthorities(), authenticated.getName()))
                .orElse(authenticated);
    }
}
