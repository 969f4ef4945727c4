package io.pairwise.platform.security;

import io.pairwise.platform.identity.ParticipantJwtConverter;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server: each request needs a bearer JWT whose signature (JWKS),
 * issuer, audience and expiry check out; roles come from a configurable claim
 * ({@code spring.security.oauth2.resourceserver.jwt.authorities-claim-name}). Only probes, metrics and
 * API documents are open, for the platform's own infrastructure. Where the service keeps participant
 * logins, the authentication also carries the caller's participant id ({@link ParticipantJwtConverter}).
 */
public final class PlatformSecurity {

    public static final String[] OPEN_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private PlatformSecurity() {
    }

    public static SecurityFilterChain filterChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        ParticipantJwtConverter participants = http.getSharedObject(ApplicationContext.class)
                .getBeanProvider(ParticipantJwtConverter.class).getIfAvailable();
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, OPEN_PATHS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> {
                            if (participants != null) {
                                jwt.jwtAuthenticationConverter(participants);
                            }
                        })
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * A chain, ordered before the platform's, for paths a client reaches without a bearer token (a browser
     * loading a page, a calendar app reading a feed): reads only, anything else refused with a problem.
     * The caller may add to it (headers) before building it.
     */
    public static HttpSecurity anonymousReads(HttpSecurity http, ProblemSecurityHandlers problems, String... paths)
            throws Exception {
        return http.securityMatcher(paths)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, paths).permitAll()
                        .requestMatchers(HttpMethod.HEAD, paths).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }
}
