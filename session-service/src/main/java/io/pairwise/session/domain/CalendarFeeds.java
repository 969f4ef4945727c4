package io.pairwise.session.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Per-person calendar subscriptions. Calendar clients cannot send a bearer token, so the feed URL
 * carries a secret of its own: 256 random bits, shown once, stored only as a SHA-256 hash, replaced
 * by issuing a new one and deleted by revoking it or by erasure.
 */
public class CalendarFeeds {

    /** How far back a feed reaches, so past sessions stay in the calendar for a while. */
    public static final Duration HISTORY = Duration.ofDays(90);
    public static final int MAX_EVENTS = 500;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository feeds;
    private final SessionRepository sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(CalendarFeedRepository feeds, SessionRepository sessions, Clock clock) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new secret for the participant's feed; any earlier one stops working. */
    public String issue(String participantId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.save(participantId, hash(token), clock.instant());
        return token;
    }

    public boolean revoke(String participantId) {
        return feeds.remove(participantId);
    }

    /** Whose feed the token opens; empty for anything that is not a current token. */
    public Optional<String> owner(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.participantFor(hash(token));
    }

    /** The participant's sessions from {@link #HISTORY} ago on, cancelled ones included so clients drop them. */
    public List<Session> sessionsOf(String participantId) {
        Instant since = clock.instant().minus(HISTORY);
        return sessions.findByMember(participantId, since, MAX_EVENTS);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
