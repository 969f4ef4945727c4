package io.pairwise.gateway;

import java.nio.charset.StandardCharsets;
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

/**
 * Refusals at the front door as RFC 9457 problems, with the RFC 6750 {@code WWW-Authenticate} header
 * OAuth2 clients read, so nothing unauthenticated ever reaches a service.
 */
class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        String challenge = tokenGiven && e instanceof OAuth2AuthenticationException
                ? "Bearer error=\"invalid_token\", error_description=\"" + e.getMessage().replace("\"", "'") + "\""
                : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                tokenGiven ? "The bearer token was refused: " + e.getMessage() : "A bearer token is required.");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return write(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your roles do not allow this operation.");
    }

    private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String type, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"https://pairwise.io/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\"}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
