package io.pairwise.profile.domain;

import java.time.ZoneId;
import java.util.Set;

/** IANA time zone ids as the JDK knows them; fixed offsets like {@code +02:00} are not zones. */
public final class TimeZones {

    private static final Set<String> IANA = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    public static boolean isIana(String id) {
        return id != null && IANA.contains(id);
    }
}
