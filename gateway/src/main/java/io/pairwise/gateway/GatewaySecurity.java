package io.pairwise.gateway;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ContentSecurityPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerWebExchangeDelegatingServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Refuses requests without a valid bearer JWT (signature through the issuer's JWKS, issuer, audience,
 * expiry) before anything reaches a service; the token is passed on unchanged and every service checks it
 * again. Also answers CORS preflights for the configured origins and adds the security headers, each only
 * where the service's response does not bring its own.
 */
@Configuration
@EnableWebFluxSecurity
class GatewaySecurity {

    /** Always sent: TLS ends in front of the gateway, and browsers ignore the header on plain HTTP (RFC 6797 §8.1). */
    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, GatewayProperties properties,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuerUri) {
        ProblemResponses problems = new ProblemResponses();
        String[] anonymousReads = properties.anonymousReads().toArray(String[]::new);
        ContentSecurityPolicyServerHttpHeadersWriter dashboardPolicy = new ContentSecurityPolicyServerHttpHeadersWriter();
        dashboardPolicy.setPolicyDirectives(dashboardPolicy(properties.dashboardContentSecurityPolicy(), issuerUri));
        return http
                // Stateless: every request carries its token, so no session is looked up or created.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(StaticServerHttpHeadersWriter.builder().header("Strict-Transport-Security", HSTS).build())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .writer(new ServerWebExchangeDelegatingServerHttpHeadersWriter(
                                ServerWebExchangeMatchers.pathMatchers("/dashboard/**"), dashboardPolicy)))
                .authorizeExchange(auth -> auth
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**", "/docs/**").permitAll()
                        .pathMatchers(HttpMethod.GET, anonymousReads).permitAll()
                        .pathMatchers(HttpMethod.HEAD, anonymousReads).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Bearer tokens, not cookies: no credentials mode, so no origin can ride on a user's session. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        GatewayProperties.Cors cors = properties.cors();
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(cors.allowedMethods());
        configuration.setAllowedHeaders(cors.allowedHeaders());
        configuration.setExposedHeaders(cors.exposedHeaders());
        configuration.setMaxAge(cors.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }

    /** The dashboard signs in at the token issuer: its origin fills {@code {issuer-origin}} in the policy. */
    static String dashboardPolicy(String template, String issuerUri) {
        URI issuer = URI.create(issuerUri);
        return template.replace("{issuer-origin}",
                issuer.getScheme() + "://" + issuer.getHost() + (issuer.getPort() < 0 ? "" : ":" + issuer.getPort()));
    }
}
