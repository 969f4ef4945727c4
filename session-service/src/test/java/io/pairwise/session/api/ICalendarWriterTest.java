package io.pairwise.session.api;

import static io.pairwise.session.ICalendarParsing.events;
import static io.pairwise.session.ICalendarParsing.parseValid;
import static io.pairwise.session.ICalendarParsing.property;
import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.session.domain.MemberCard;
import io.pairwise.session.domain.MemberRole;
import io.pairwise.session.domain.Mentorship;
import io.pairwise.session.domain.Person;
import io.pairwise.session.domain.Session;
import io.pairwise.session.domain.Slot;
import io.pairwise.session.domain.Venue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private final ICalendarWriter writer = new ICalendarWriter(Clock.fixed(NOW, ZoneOffset.UTC), "mentoring@example.com",
            "Mentoring at Example");
    private final Mentorship mentorship = Mentorship.matched("msh-1", "prg-1", List.of(
            new MemberCard("prt-a", "Ingrid Schäfer", "Europe/Berlin", MemberRole.MENTOR),
            new MemberCard("prt-b", "Tiago Almeida, Jr.", "Europe/Lisbon", MemberRole.MENTEE)), 14,
            LocalDate.parse("2026-09-01"), NOW);
    private final Map<String, Person> people = Map.of(
            "prt-a", new Person("prt-a", "Ingrid Schäfer", "ingrid@example.com", "Europe/Berlin"),
            "prt-b", new Person("prt-b", "Tiago Almeida, Jr.", "tiago@example.com", "Europe/Lisbon"));

    private Session session() {
        String longAgenda = "Discuss: " + "the roadmap, stakeholders; and a long line that must be folded ".repeat(4);
        return Session.schedule(mentorship, null, new Slot(Instant.parse("2026-03-10T15:00:00Z"), 45, "Europe/Berlin"),
                new Venue(SessionChannel.IN_PERSON, "Berlin office, room 4.12", "https://meet.example.com/x?a=1&b=2",
                        longAgenda, null), "prt-b", NOW).state();
    }

    @Test
    void anInviteIsAValidRequestInUtcWithOrganizerAttendeesAndAStableUid() {
        Session session = session();
        ICalendarWriter.Rendered invite = writer.invite(session, mentorship, people);
        assertThat(invite.method()).isEqualTo("REQUEST");
        Calendar calendar = parseValid(invite.text());
        VEvent event = events(calendar).getFirst();
        assertThat(property(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(property(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(property(event, Property.UID)).isEqualTo(session.id() + "@pairwise.io");
        assertThat(property(event, Property.DTSTAMP)).isEqualTo("20260302T091500Z");
        assertThat(property(event, Property.DTSTART)).isEqualTo("20260310T150000Z");
        assertThat(property(event, Property.DTEND)).isEqualTo("20260310T154500Z");
        assertThat(property(event, Property.LOCATION)).isEqualTo("Berlin office, room 4.12");
        assertThat(property(event, Property.URL)).isEqualTo("https://meet.example.com/x?a=1&b=2");
        assertThat(property(event, Property.CLASS)).isEqualTo("PRIVATE");
        assertThat(property(event, Property.DESCRIPTION)).contains("Tuesday 10 March 2026, 16:00 (Europe/Berlin)")
                .contains("the roadmap, stakeholders; and a long line");
        assertThat(property(event, Property.SUMMARY)).isEqualTo("Mentoring session: Ingrid Schäfer & Tiago Almeida, Jr.");
        assertThat(property(event, Property.ORGANIZER)).isEqualTo("mailto:mentoring@example.com");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:ingrid@example.com", "mailto:tiago@example.com");
        // Long lines are folded at 75 octets, as RFC 5545 requires.
        assertThat(invite.text().split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void aCancelledSessionIsACancelAndAnUnknownAddressMakesItAPublication() {
        Session session = session();
        session.cancel("prt-a", CancellationReason.WORKLOAD, NOW);
        ICalendarWriter.Rendered cancelled = writer.invite(session, mentorship, people);
        assertThat(cancelled.method()).isEqualTo("CANCEL");
        VEvent event = events(parseValid(cancelled.text())).getFirst();
        assertThat(property(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(property(event, Property.SEQUENCE)).isEqualTo("1");

        ICalendarWriter.Rendered anonymous = writer.invite(session(), mentorship, Map.of());
        assertThat(anonymous.method()).isEqualTo("PUBLISH");
        assertThat(events(parseValid(anonymous.text())).getFirst().<Property>getProperties(Property.ATTENDEE)).isEmpty();
    }

    @Test
    void aFeedPublishesEverySessionWithARefreshHint() {
        Session first = session();
        Session second = session();
        Calendar feed = parseValid(writer.feed(List.of(first, second), Map.of("msh-1", mentorship), people));
        assertThat(property(feed, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(property(feed, "REFRESH-INTERVAL")).isEqualTo("PT1H");
        assertThat(events(feed)).extracting(e -> property(e, Property.UID))
                .containsExactly(first.id() + "@pairwise.io", second.id() + "@pairwise.io");
    }
}
