package io.pairwise.session;

import static io.pairwise.session.ICalendarParsing.events;
import static io.pairwise.session.ICalendarParsing.parseValid;
import static io.pairwise.session.ICalendarParsing.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Invites and subscription feeds, read back with ical4j as Outlook or Google would import them. */
class CalendarIT extends SessionServiceIntegrationTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void aSessionInviteIsARequestThatARescheduleRevisesAndACancellationWithdraws() {
        Pair pair = newPair();
        publishProfile(pair.mentor(), "Ingrid Schäfer", "ingrid@example.com", BERLIN);
        publishProfile(pair.mentee(), "Tiago Almeida", "tiago@example.com", "Europe/Lisbon");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/sessions/mentorships/" + pair.mentorshipId(),
                pair.mentor()).json().path("members").findValuesAsString("displayName").contains("Tiago Almeida"));
        JsonNode session = schedule(pair, pair.mentor(), Duration.ofDays(2), 45);
        String id = session.path("id").asString();
        // The mentee's own times now follow the zone from their profile.
        assertThat(get("/api/v1/sessions/" + id, pair.mentee()).json().path("yourTime").path("timeZone").asString())
                .isEqualTo("Europe/Lisbon");

        Response invite = call("GET", "/api/v1/sessions/" + id + "/invite.ics", token(pair.mentee(), "PARTICIPANT"), null);
        assertThat(invite.status()).isEqualTo(200);
        assertThat(invite.contentType()).startsWith("text/calendar").contains("method=REQUEST");
        Calendar calendar = parseValid(invite.body());
        assertThat(property(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(property(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(property(calendar, Property.PRODID)).contains("Pairwise");
        VEvent event = events(calendar).getFirst();
        assertThat(property(event, Property.UID)).isEqualTo(id + "@pairwise.io");
        assertThat(property(event, Property.DTSTAMP)).endsWith("Z");
        assertThat(property(event, Property.DTSTART))
                .isEqualTo(UTC.format(Instant.parse(session.path("startsAt").asString())));
        assertThat(property(event, Property.DTEND)).isEqualTo(UTC.format(Instant.parse(session.path("endsAt").asString())));
        assertThat(property(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(property(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(property(event, Property.ORGANIZER)).isEqualTo("mailto:mentoring@pairwise.io");
        assertThat(property(event, Property.SUMMARY)).contains("Ingrid Schäfer").contains("Tiago Almeida");
        assertThat(property(event, Property.DESCRIPTION)).contains("Career goals").contains("meet.example.com");
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue)
                .containsExactlyInAnyOrder("mailto:ingrid@example.com", "mailto:tiago@example.com");
        assertThat(attendees).extracting(a -> a.<Cn>getParameter(Parameter.CN).map(Cn::getValue).orElse(null))
                .containsExactlyInAnyOrder("Ingrid Schäfer", "Tiago Almeida");

        post("/api/v1/sessions/" + id + "/reschedule", pair.mentee(), Map.of("start",
                localIn(Duration.ofDays(3), BERLIN).toString(), "timeZone", BERLIN, "durationMinutes", 45));
        VEvent moved = events(parseValid(call("GET", "/api/v1/sessions/" + id + "/invite.ics",
                token(pair.mentor(), "PARTICIPANT"), null).body())).getFirst();
        assertThat(property(moved, Property.UID)).isEqualTo(id + "@pairwise.io");
        assertThat(property(moved, Property.SEQUENCE)).isEqualTo("1");

        post("/api/v1/sessions/" + id + "/cancel", pair.mentee(), Map.of("reason", "WORKLOAD"));
        Response withdrawn = call("GET", "/api/v1/sessions/" + id + "/invite.ics", token(pair.mentor(), "PARTICIPANT"), null);
        assertThat(withdrawn.contentType()).contains("method=CANCEL");
        Calendar cancelled = parseValid(withdrawn.body());
        assertThat(property(cancelled, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(property(events(cancelled).getFirst(), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(property(events(cancelled).getFirst(), Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void withoutKnownAddressesTheInviteIsPublishedAndPrivateNotesNeverReachACalendar() {
        Pair pair = newPair();
        JsonNode session = schedule(pair, pair.mentor(), Duration.ofHours(1), 30);
        String id = session.path("id").asString();
        Calendar published = parseValid(call("GET", "/api/v1/sessions/" + id + "/invite.ics",
                token(pair.mentor(), "PARTICIPANT"), null).body());
        assertThat(property(published, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(events(published).getFirst().getProperties(Property.ATTENDEE)).isEmpty();

        afterStartOf(session);
        post("/api/v1/sessions/" + id + "/held", pair.mentor(), Map.of("attendeeIds", pair.members(),
                "note", "Private: talked about a difficult manager"));
        String record = call("GET", "/api/v1/sessions/" + id + "/invite.ics", token(pair.mentee(), "PARTICIPANT"), null).body();
        assertThat(property(parseValid(record), Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(record).doesNotContain("difficult manager");
        assertProblem(call("GET", "/api/v1/sessions/" + id + "/invite.ics", token(id("outsider"), "PARTICIPANT"), null),
                404, "not-found");
    }

    @Test
    void thePersonalFeedListsThePersonsSessionsAndOpensWithItsSecretTokenOnly() {
        String mentor = id("feed-mentor");
        Pair first = newPair(mentor);
        Pair second = newPair(mentor);
        JsonNode a = schedule(first, mentor, Duration.ofDays(4), 30);
        JsonNode b = schedule(second, second.mentee(), Duration.ofDays(5), 30);
        JsonNode c = schedule(second, mentor, Duration.ofDays(6), 30);
        post("/api/v1/sessions/" + c.path("id").asString() + "/cancel", mentor, Map.of("reason", "SCHEDULE_CONFLICT"));
        Pair unrelated = newPair();
        schedule(unrelated, unrelated.mentor(), Duration.ofDays(4), 30);

        assertProblem(call("DELETE", "/api/v1/sessions/calendar/feed", token(mentor, "PARTICIPANT"), null), 404, "not-found");
        Response issued = post("/api/v1/sessions/calendar/feed", mentor, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String path = issued.json().path("path").asString();
        assertThat(issued.json().path("url").asString()).startsWith("http://localhost:" + port).endsWith(path);

        // No bearer token: calendar clients cannot send one.
        Response feed = call("GET", path, null, null);
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = parseValid(feed.body());
        assertThat(property(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(property(calendar, "X-WR-CALNAME")).isEqualTo("Pairwise mentoring");
        assertThat(events(calendar)).extracting(e -> property(e, Property.UID)).containsExactlyInAnyOrder(
                a.path("id").asString() + "@pairwise.io", b.path("id").asString() + "@pairwise.io",
                c.path("id").asString() + "@pairwise.io");
        assertThat(events(calendar)).filteredOn(e -> "CANCELLED".equals(property(e, Property.STATUS))).hasSize(1);
        // The mentee of the first pair sees only their own session in their own feed.
        String menteePath = post("/api/v1/sessions/calendar/feed", first.mentee(), null).json().path("path").asString();
        assertThat(events(parseValid(call("GET", menteePath, null, null).body()))).hasSize(1);

        // A new token replaces the old one; a revoked one opens nothing; a made-up one neither.
        String renewed = post("/api/v1/sessions/calendar/feed", mentor, null).json().path("path").asString();
        assertProblem(call("GET", path, null, null), 404, "not-found");
        assertThat(call("GET", renewed, null, null).status()).isEqualTo(200);
        assertThat(call("DELETE", "/api/v1/sessions/calendar/feed", token(mentor, "PARTICIPANT"), null).status())
                .isEqualTo(204);
        assertProblem(call("GET", renewed, null, null), 404, "not-found");
        assertProblem(call("GET", "/api/v1/sessions/calendar/feeds/not-a-token.ics", null, null), 404, "not-found");
        // Only reading a feed is open: everything else still needs a bearer token.
        assertProblem(call("POST", "/api/v1/sessions/calendar/feed", null, null), 401, "unauthenticated");
        assertProblem(call("DELETE", renewed, null, null), 401, "unauthenticated");
    }
}
