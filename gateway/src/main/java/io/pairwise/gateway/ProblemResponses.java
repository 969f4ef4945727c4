package io.pairwise.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals at the front door as RFC 9457 problems: 401 and 403 with the RFC 6750 {@code WWW-Authenticate}
 * header OAuth2 clients read, so nothing unauthenticated ever reaches a service, and the gateway's own
 * refusals (413, 429) through {@link #write}.
 */
class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    static final String TYPE_BASE = "https://pairwise.io/problems/";

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        String challenge = tokenGiven && e instanceof OAuth2AuthenticationException
                ? "Bearer error=\"invalid_token\", error_description=\"" + e.getMessage().replace("\"", "'") + "\""
                : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                tokenGiven ? "The bearer token was refused: " + e.getMessage() : "A bearer token is required.", Map.of());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return write(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your roles do not allow this operation.", Map.of());
    }

    /** Writes a problem with the given type (the last segment of its URI) and extension members. */
    static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String type, String title, String detail,
                            Map<String, Object> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.putAll(extensions);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(JsonMapper.shared().writeValueAsBytes(problem))));
    }
}
