package io.pairwise.deploy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A development OAuth2 / OIDC token issuer: publishes its discovery document and JWK set, and mints
 * RS256 access tokens for any subject and role, or for one of the demo users. Browser apps sign in with
 * the authorization code flow and PKCE (S256), as they would at the company's identity provider: the
 * sign-in page lists the demo users instead of asking for a password. Never for production: whoever
 * reaches it gets any role, which is why it listens on the loopback interface only and redirects to
 * loopback addresses only.
 *
 * <p>The services trust it in their {@code local} profile; integration tests run it in-process.
 */
public final class DevIssuer implements AutoCloseable {

    public static final String AUDIENCE = "pairwise";
    public static final List<String> ROLES = List.of("PROGRAM_ADMIN", "PARTICIPANT", "ANALYST", "SERVICE", "OPERATOR");
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    /** Someone to log in as in a demo; mentors and mentees are both participants. */
    public record DemoUser(String username, String name, String email, List<String> roles, String description) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("ada", "Ada Admin", "ada@pairwise.example", List.of("PROGRAM_ADMIN"), "program admin"),
            new DemoUser("maria", "Maria Mentor", "maria@pairwise.example", List.of("PARTICIPANT"), "mentor"),
            new DemoUser("marco", "Marco Mentor", "marco@pairwise.example", List.of("PARTICIPANT"), "mentor"),
            new DemoUser("tom", "Tom Mentee", "tom@pairwise.example", List.of("PARTICIPANT"), "mentee"),
            new DemoUser("tina", "Tina Mentee", "tina@pairwise.example", List.of("PARTICIPANT"), "mentee"),
            new DemoUser("ana", "Ana Analyst", "ana@pairwise.example", List.of("ANALYST"), "analyst (aggregates only)"),
            new DemoUser("hr-sync", "HR sync job", "hr-sync@pairwise.example", List.of("SERVICE"), "service client"),
            new DemoUser("ops", "Olu Operator", "ops@pairwise.example", List.of("OPERATOR"), "platform operator (outbox, dead letters)"));

    private static final String KEY_FILE = "issuer-key.json";
    private static final Duration CODE_TTL = Duration.ofMinutes(1);

    /** An authorization code waiting to be exchanged: for whom, for which redirect and PKCE challenge. */
    private record PendingCode(DemoUser user, String clientId, String redirectUri, String challenge, Instant expires) {
    }

    private final RSAKey key;
    private final RSASSASigner signer;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String issuerUri;
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private DevIssuer(RSAKey key, RSASSASigner signer, HttpServer server, ExecutorService executor) {
        this.key = key;
        this.signer = signer;
        this.server = server;
        this.executor = executor;
        this.issuerUri = "http://localhost:" + server.getAddress().getPort();
    }

    /**
     * Starts the issuer on the loopback interface.
     *
     * @param port    0 for any free port
     * @param dataDir where the signing key is kept, so tokens survive restarts; {@code null} for a key
     *                that lives as long as this object
     */
    public static DevIssuer start(int port, Path dataDir) throws IOException {
        RSAKey key = dataDir == null ? newKey() : loadOrCreateKey(dataDir.resolve(KEY_FILE));
        RSASSASigner signer;
        try {
            signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key", e);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        DevIssuer issuer = new DevIssuer(key, signer, server, executor);
        server.createContext("/", issuer::handle);
        server.start();
        return issuer;
    }

    /** The {@code iss} of every token, e.g. {@code http://localhost:9000}; discovery lives below it. */
    public String issuerUri() {
        return issuerUri;
    }

    public String jwkSetUri() {
        return issuerUri + "/jwks";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public static List<DemoUser> demoUsers() {
        return DEMO_USERS;
    }

    /**
     * Mints a signed access token. A negative {@code ttl} gives an already expired token, for tests.
     *
     * @param roles some of {@link #ROLES}
     */
    public String mint(String subject, Collection<String> roles, Duration ttl) {
        return mint(subject, subject, subject + "@pairwise.example", List.copyOf(roles), ttl, Map.of());
    }

    /**
     * Mints a token with some standard claims replaced, e.g. {@code aud} or {@code iss}, so tests can
     * show that a service refuses a token meant for someone else.
     */
    public String mint(String subject, Collection<String> roles, Duration ttl, Map<String, Object> claimOverrides) {
        return mint(subject, subject, subject + "@pairwise.example", List.copyOf(roles), ttl, claimOverrides);
    }

    /** Mints a token for one of the {@link #demoUsers()}, valid for {@link #DEFAULT_TTL}. */
    public String mintFor(String username) {
        return mintFor(demoUser(username), DEFAULT_TTL);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private static DemoUser demoUser(String username) {
        return DEMO_USERS.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown demo user '" + username + "'; known: "
                        + DEMO_USERS.stream().map(DemoUser::username).toList()));
    }

    private String mintFor(DemoUser user, Duration ttl) {
        return mint(user.username(), user.name(), user.email(), user.roles(), ttl, Map.of());
    }

    private String mint(String subject, String name, String email, List<String> roles, Duration ttl,
                        Map<String, Object> claimOverrides) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("Need a subject (sub=...) or a demo user (user=...)");
        }
        List<String> unknown = roles.stream().filter(role -> !ROLES.contains(role)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown roles " + unknown + "; the roles are " + ROLES);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuerUri)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .claim("preferred_username", subject)
                .claim("name", name)
                .claim("email", email);
        claimOverrides.forEach(builder::claim);
        JWTClaimsSet claims = builder.build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing failed", e);
        }
        return jwt.serialize();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                // Answered rather than left to the server, which would just drop the connection.
                e.printStackTrace();
                send(exchange, 500, "application/json", error("server_error", e.toString()));
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        boolean post = method.equals("POST");
        if (!method.equals("GET") && !(post && path.equals("/token"))) {
            send(exchange, 405, "application/json", error("invalid_request", method + " not allowed here"));
            return;
        }
        // Readable by browser apps on this machine (the dashboard exchanging its code), no other web page.
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && isLoopback(origin)) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            exchange.getResponseHeaders().set("Vary", "Origin");
        }
        switch (path) {
            case "/.well-known/openid-configuration" -> send(exchange, 200, "application/json", discovery());
            case "/authorize" -> authorize(exchange);
            case "/jwks" -> send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
            case "/users" -> send(exchange, 200, "application/json", users());
            case "/token" -> token(exchange, post);
            default -> send(exchange, 404, "application/json", error("not_found",
                    "Try /.well-known/openid-configuration, /jwks, /users, /authorize or /token?user=ada"));
        }
    }

    private String discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuerUri);
        document.put("jwks_uri", jwkSetUri());
        document.put("authorization_endpoint", issuerUri + "/authorize");
        document.put("token_endpoint", issuerUri + "/token");
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of(JWSAlgorithm.RS256.getName()));
        document.put("claims_supported", List.of("sub", "roles", "preferred_username", "name", "email"));
        return JSONObjectUtils.toJSONString(document);
    }

    private String users() {
        return JSONArrayUtils.toJSONString(DEMO_USERS.stream().map(user -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("username", user.username());
            json.put("name", user.name());
            json.put("email", user.email());
            json.put("roles", user.roles());
            json.put("description", user.description());
            json.put("token", issuerUri + "/token?user=" + user.username());
            return (Object) json;
        }).toList());
    }

    /**
     * The authorization endpoint: without {@code user}, a page to pick a demo user; with it, a redirect back
     * to the app with a one-time code. Only loopback redirects, only PKCE with S256.
     */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> params = parameters(exchange.getRequestURI().getRawQuery());
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null || !isLoopback(redirectUri)) {
            send(exchange, 400, "application/json", error("invalid_request",
                    "redirect_uri must be an http(s) address on this machine"));
            return;
        }
        String problem = !"code".equals(params.get("response_type")) ? "unsupported_response_type"
                : params.get("client_id") == null || params.get("client_id").isBlank() ? "invalid_request"
                : params.get("code_challenge") == null || !"S256".equals(params.get("code_challenge_method"))
                ? "invalid_request" : null;
        if (problem != null) {
            redirect(exchange, redirectUri, Map.of("error", problem, "state", params.getOrDefault("state", "")));
            return;
        }
        if (!params.containsKey("user")) {
            send(exchange, 200, "text/html", signInPage(exchange.getRequestURI().getRawQuery()));
            return;
        }
        DemoUser user;
        try {
            user = demoUser(params.get("user"));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "application/json", error("invalid_request", e.getMessage()));
            return;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        codes.values().removeIf(pending -> pending.expires().isBefore(now));
        codes.put(code, new PendingCode(user, params.get("client_id"), redirectUri, params.get("code_challenge"),
                now.plus(CODE_TTL)));
        redirect(exchange, redirectUri, Map.of("code", code, "state", params.getOrDefault("state", "")));
    }

    private String signInPage(String rawQuery) {
        StringBuilder users = new StringBuilder();
        for (DemoUser user : DEMO_USERS) {
            users.append("<li><a href=\"/authorize?").append(escape(rawQuery)).append("&amp;user=")
                    .append(escape(user.username())).append("\">").append(escape(user.name())).append("</a> — ")
                    .append(escape(user.description())).append("</li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Pairwise development sign-in</title></head>
                <body><h1>Pairwise development sign-in</h1>
                <p>Development issuer: pick a demo user. The company's identity provider asks for a login here.</p>
                <ul>
                %s</ul></body></html>
                """.formatted(users);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void redirect(HttpExchange exchange, String redirectUri, Map<String, String> params)
            throws IOException {
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        params.forEach((name, value) -> location.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        location.setLength(location.length() - 1);
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    private static boolean isLoopback(String uri) {
        try {
            URI parsed = URI.create(uri);
            return ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))
                    && ("localhost".equals(parsed.getHost()) || "127.0.0.1".equals(parsed.getHost())
                    || "[::1]".equals(parsed.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A code for a token: once, before it expires, with the redirect and the verifier it was issued for. */
    private String exchangeCode(Map<String, String> params) {
        PendingCode pending = codes.remove(params.getOrDefault("code", ""));
        if (pending == null || pending.expires().isBefore(Instant.now())) {
            throw new IllegalArgumentException("unknown, used or expired code");
        }
        if (!pending.redirectUri().equals(params.get("redirect_uri"))
                || !pending.clientId().equals(params.get("client_id"))) {
            throw new IllegalArgumentException("redirect_uri or client_id differs from the authorization request");
        }
        String verifier = params.getOrDefault("code_verifier", "");
        if (!pending.challenge().equals(s256(verifier))) {
            throw new IllegalArgumentException("code_verifier does not match the code_challenge");
        }
        return mintFor(pending.user(), DEFAULT_TTL);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code grant_type=authorization_code} (POST, from {@link #authorize}), or the development shortcuts
     * {@code user=<demo>} or {@code sub=..&roles=A,B}; optional {@code ttl} (seconds) and {@code format=raw}.
     */
    private void token(HttpExchange exchange, boolean post) throws IOException {
        Map<String, String> params = parameters(exchange.getRequestURI().getRawQuery());
        if (post) {
            params.putAll(parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (params.containsKey("grant_type")) {
            if (!post || !"authorization_code".equals(params.get("grant_type"))) {
                send(exchange, 400, "application/json", error("unsupported_grant_type",
                        "POST grant_type=authorization_code"));
                return;
            }
            try {
                send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(Map.of(
                        "access_token", exchangeCode(params), "token_type", "Bearer",
                        "expires_in", DEFAULT_TTL.toSeconds())));
            } catch (IllegalArgumentException e) {
                send(exchange, 400, "application/json", error("invalid_grant", e.getMessage()));
            }
            return;
        }
        String token;
        Duration ttl;
        try {
            ttl = params.containsKey("ttl") ? Duration.ofSeconds(Long.parseLong(params.get("ttl"))) : DEFAULT_TTL;
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("ttl must be a positive number of seconds");
            }
            if (params.containsKey("user")) {
                token = mintFor(demoUser(params.get("user")), ttl);
            } else {
                List<String> roles = Arrays.stream(params.getOrDefault("roles", "").split(","))
                        .map(String::trim).filter(role -> !role.isEmpty()).toList();
                token = mint(params.get("sub"), roles, ttl);
            }
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "application/json", error("invalid_request", e.getMessage()));
            return;
        }
        if ("raw".equals(params.get("format"))) {
            send(exchange, 200, "text/plain", token + "\n");
        } else {
            send(exchange, 200, "application/json", JSONObjectUtils.toJSONString(Map.of(
                    "access_token", token, "token_type", "Bearer", "expires_in", ttl.toSeconds())));
        }
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> params = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String error(String code, String description) {
        return JSONObjectUtils.toJSONString(Map.of("error", code, "error_description", description));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static RSAKey loadOrCreateKey(Path file) throws IOException {
        if (Files.exists(file)) {
            try {
                return RSAKey.parse(Files.readString(file));
            } catch (ParseException e) {
                throw new IOException("Unreadable signing key " + file + "; delete it to get a new one", e);
            }
        }
        RSAKey key = newKey();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, key.toJSONString());
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return key;
    }
}
