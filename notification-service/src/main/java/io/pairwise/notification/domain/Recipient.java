package io.pairwise.notification.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What notifications need to know about a person, from profile-service's events: whom to greet, where
 * to write, in which language and zone. A person not heard of yet is {@link #unknown}: English, UTC, no
 * address.
 */
public record Recipient(String participantId, String displayName, String email, String preferredLocale,
                        String timeZone) {

    public static Recipient unknown(String participantId) {
        return new Recipient(participantId, null, null, null, null);
    }

    public boolean known() {
        return displayName != null || email != null;
    }

    public Locale locale() {
        return preferredLocale == null || preferredLocale.isBlank() ? Locale.ENGLISH
                : Locale.forLanguageTag(preferredLocale);
    }

    public ZoneId zone() {
        if (timeZone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The name to greet with; the id when the profile has not arrived yet. */
    public String name() {
        return displayName == null ? participantId : displayName;
    }
}
