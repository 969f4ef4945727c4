package io.pairwise.gateway;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;

/** Who is calling, from the validated token: its subject and, when the token names one, the client. */
record Caller(String subject, @Nullable String client) {

    private static final String ATTRIBUTE = Caller.class.getName();

    /** The first of {@code clientClaims} the token carries names the client. */
    static Caller of(Jwt token, List<String> clientClaims) {
        String client = clientClaims.stream().map(token::getClaimAsString).filter(Objects::nonNull).findFirst().orElse(null);
        return new Caller(token.getSubject(), client);
    }

    /** Remembers the caller on the exchange, for the access log written when the exchange completes. */
    void recordOn(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    static Optional<Caller> recordedOn(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }
}
