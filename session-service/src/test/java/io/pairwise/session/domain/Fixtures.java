package io.pairwise.session.domain;

import io.pairwise.contracts.session.SessionChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A mentor in Berlin and a mentee in New York, matched at {@link #MATCHED}. */
final class Fixtures {

    static final String MENTOR = "prt-mentor";
    static final String MENTEE = "prt-mentee";
    static final String OUTSIDER = "prt-outsider";
    static final Instant MATCHED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    private Fixtures() {
    }

    static Mentorship mentorship() {
        return Mentorship.matched("msh-1", "prg-1", List.of(
                new MemberCard(MENTOR, "Ingrid", "Europe/Berlin", MemberRole.MENTOR),
                new MemberCard(MENTEE, "Tiago", "America/New_York", MemberRole.MENTEE)), 14,
                LocalDate.parse("2026-09-01"), MATCHED);
    }

    static Venue video() {
        return new Venue(SessionChannel.VIDEO, null, "https://meet.example.com/abc", "Goals", "Read the brief");
    }

    /** A 45-minute session starting the given time after {@link #NOW}. */
    static Session scheduled(java.time.Duration fromNow) {
        return Session.schedule(mentorship(), null, new Slot(NOW.plus(fromNow), 45, "Europe/Berlin"), video(), MENTEE, NOW)
                .state();
    }
}
