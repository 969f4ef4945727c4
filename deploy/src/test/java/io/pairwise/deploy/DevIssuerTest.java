package io.pairwise.deploy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DevIssuerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tokensVerifyAgainstTheJwksAndSurviveARestart(@TempDir Path dataDir) throws Exception {
        String token;
        try (DevIssuer issuer = DevIssuer.start(0, dataDir)) {
            token = issuer.mint("alice", List.of("PROGRAM_ADMIN", "PARTICIPANT"), Duration.ofMinutes(5));

            JWTClaimsSet claims = verify(token, issuer);
            assertThat(claims.getIssuer()).isEqualTo(issuer.issuerUri()).startsWith("http://localhost:");
            assertThat(claims.getSubject()).isEqualTo("alice");
            assertThat(claims.getAudience()).containsExactly("pairwise");
            assertThat(claims.getStringListClaim("roles")).containsExactly("PROGRAM_ADMIN", "PARTICIPANT");
            assertThat(claims.getStringClaim("preferred_username")).isEqualTo("alice");
            assertThat(claims.getStringClaim("email")).isEqualTo("alice@pairwise.example");
            assertThat(claims.getExpirationTime().toInstant())
                    .isCloseTo(Instant.now().plus(Duration.ofMinutes(5)), within(Duration.ofSeconds(5)));
        }
        try (DevIssuer restarted = DevIssuer.start(0, dataDir)) {
            assertThat(verify(token, restarted).getSubject()).as("same key from the data dir").isEqualTo("alice");
        }
    }

    @Test
    void servesDiscoveryAndMintsForDemoUsersOverHttp() throws Exception {
        try (DevIssuer issuer = DevIssuer.start(0, null)) {
            Map<String, Object> discovery =
                    JSONObjectUtils.parse(get(issuer.issuerUri() + "/.well-known/openid-configuration").body());
            assertThat(discovery)
                    .containsEntry("issuer", issuer.issuerUri())
                    .containsEntry("jwks_uri", issuer.jwkSetUri());

            String adminToken = (String) JSONObjectUtils.parse(get(issuer.issuerUri() + "/token?user=ada").body())
                    .get("access_token");
            assertThat(verify(adminToken, issuer).getStringListClaim("roles")).containsExactly("PROGRAM_ADMIN");

            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("sub=bob&roles=ANALYST&format=raw")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(verify(posted.body().trim(), issuer).getStringListClaim("roles")).containsExactly("ANALYST");

            List<Object> users = JSONArrayUtils.parse(get(issuer.issuerUri() + "/users").body());
            assertThat(users).hasSize(DevIssuer.demoUsers().size());
            assertThat(DevIssuer.demoUsers()).flatExtracting(DevIssuer.DemoUser::roles)
                    .containsAll(DevIssuer.ROLES);

            assertThat(get(issuer.issuerUri() + "/token?sub=eve&roles=ROOT").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void browserAppsSignInWithTheCodeFlowAndPkce() throws Exception {
        try (DevIssuer issuer = DevIssuer.start(0, null)) {
            Map<String, Object> discovery =
                    JSONObjectUtils.parse(get(issuer.issuerUri() + "/.well-known/openid-configuration").body());
            assertThat(discovery).containsEntry("authorization_endpoint", issuer.issuerUri() + "/authorize")
                    .containsEntry("code_challenge_methods_supported", List.of("S256"));
            String verifier = "a-verifier-of-enough-length-for-the-test-0123456789";
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String redirect = "http://localhost:8080/dashboard/";
            String request = issuer.issuerUri() + "/authorize?response_type=code&client_id=pairwise-dashboard"
                    + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                    + "&state=s1&code_challenge=" + challenge + "&code_challenge_method=S256";

            HttpResponse<String> page = get(request);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Ana Analyst", "&amp;user=ana");

            HttpResponse<String> signedIn = get(request + "&user=ana");
            assertThat(signedIn.statusCode()).isEqualTo(302);
            URI back = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
            assertThat(back.toString()).startsWith(redirect + "?").contains("state=s1");
            String code = back.getQuery().replaceAll(".*code=([^&]+).*", "$1");

            String exchange = "grant_type=authorization_code&client_id=pairwise-dashboard&code=" + code
                    + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code_verifier=";
            assertThat(postToken(issuer, exchange + "wrong-verifier", null).statusCode()).isEqualTo(400);
            // A refused exchange spends the code, like a used one.
            assertThat(postToken(issuer, exchange + verifier, null).statusCode()).isEqualTo(400);

            code = URI.create(get(request + "&user=ana").headers().firstValue("Location").orElseThrow())
                    .getQuery().replaceAll(".*code=([^&]+).*", "$1");
            String exchangeAgain = exchange.replaceAll("code=[^&]+", "code=" + code) + verifier;
            HttpResponse<String> tokens = postToken(issuer, exchangeAgain, "http://localhost:8080");
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            assertThat(tokens.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
            JWTClaimsSet claims = verify((String) JSONObjectUtils.parse(tokens.body()).get("access_token"), issuer);
            assertThat(claims.getSubject()).isEqualTo("ana");
            assertThat(claims.getStringListClaim("roles")).containsExactly("ANALYST");
            assertThat(postToken(issuer, exchangeAgain, null).statusCode()).as("a code works once").isEqualTo(400);

            // Codes go to this machine only, and other web pages cannot read the answers.
            assertThat(get(request.replace(URLEncoder.encode(redirect, StandardCharsets.UTF_8),
                    URLEncoder.encode("https://evil.example/cb", StandardCharsets.UTF_8)) + "&user=ada").statusCode())
                    .isEqualTo(400);
            assertThat(postToken(issuer, "user=ada", "https://evil.example").headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    private HttpResponse<String> postToken(DevIssuer issuer, String form, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Verifies the signature with the key the issuer publishes, as a resource server would. */
    private JWTClaimsSet verify(String token, DevIssuer issuer) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet jwks = JWKSet.parse(get(issuer.jwkSetUri()).body());
        assertThat(jwks.getKeys()).allMatch(key -> !key.isPrivate());
        assertThat(jwt.verify(new RSASSAVerifier(jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey())))
                .as("signature verifies against the JWKS").isTrue();
        return jwt.getJWTClaimsSet();
    }
}
