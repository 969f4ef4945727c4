package io.pairwise.analytics.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the dashboard signs its users in: the company's OpenID provider (by default the issuer the
 * service trusts), with the dashboard's public client id and the authorization code flow with PKCE.
 */
@Component
class DashboardSignIn {

    private final String issuer;
    private final String clientId;

    DashboardSignIn(@Value("${pairwise.dashboard.issuer:${spring.security.oauth2.resourceserver.jwt.issuer-uri:}}") String issuer,
                    @Value("${pairwise.dashboard.client-id:pairwise-dashboard}") String clientId) {
        this.issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
        this.clientId = clientId;
    }

    /** What the dashboard's script needs; without an issuer it offers only the token box. */
    record Settings(String issuer, String clientId, String scope) {
    }

    Settings settings() {
        return new Settings(issuer, clientId, "openid profile");
    }

    /**
     * The provider's origin, for the page's {@code connect-src}: the script fetches the discovery document
     * and exchanges its code there. Empty without an issuer.
     */
    String issuerOrigin() {
        if (issuer == null) {
            return "";
        }
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
