package io.pairwise.session.api;

import io.pairwise.session.domain.Mentorship;
import io.pairwise.session.domain.Person;
import io.pairwise.session.domain.Session;
import io.pairwise.session.domain.SessionStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sessions as RFC 5545 calendars, written with ical4j. Times are UTC (no VTIMEZONE needed, and every
 * client shows them in its user's own zone); the UID is stable per session and SEQUENCE counts its
 * revisions, so a moved or cancelled session replaces the earlier copy in Outlook and Google. The
 * organizer is the platform's mailbox; attendees are the members whose addresses profile events gave.
 * Private notes, feedback and action items never go into a calendar.
 */
@Component
class ICalendarWriter {

    static final String PRODUCT = "-//Pairwise//Session Service 1.0//EN";
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final DateTimeFormatter PLANNED = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private final Clock clock;
    private final String organizerEmail;
    private final String organizerName;

    ICalendarWriter(Clock clock, @Value("${pairwise.calendar.organizer-email}") String organizerEmail,
                    @Value("${pairwise.calendar.organizer-name}") String organizerName) {
        this.clock = clock;
        this.organizerEmail = organizerEmail;
        this.organizerName = organizerName;
    }

    /** A calendar with its METHOD, for the Content-Type's {@code method} parameter too. */
    record Rendered(String method, String text) {
    }

    /**
     * The invite of one session: REQUEST while it is planned (PUBLISH when no attendee address is known,
     * since a request needs attendees), CANCEL once cancelled, PUBLISH for a past session's record.
     */
    Rendered invite(Session session, Mentorship mentorship, Map<String, Person> people) {
        VEvent event = event(session, mentorship, people);
        boolean hasAttendees = !event.getProperties(Property.ATTENDEE).isEmpty();
        Method method = switch (session.status()) {
            case SCHEDULED -> hasAttendees ? ImmutableMethod.REQUEST : ImmutableMethod.PUBLISH;
            case CANCELLED -> hasAttendees ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH;
            case HELD, MISSED -> ImmutableMethod.PUBLISH;
        };
        Calendar calendar = calendar(method);
        calendar.add(event);
        return new Rendered(method.getValue(), write(calendar));
    }

    /**
     * A participant's subscription feed: their sessions (each with its mentorship in {@code mentorships}),
     * cancelled ones marked so clients drop them.
     */
    String feed(List<Session> sessions, Map<String, Mentorship> mentorships, Map<String, Person> people) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Pairwise mentoring"));
        calendar.add(new RefreshInterval(new ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (Session session : sessions) {
            calendar.add(event(session, mentorships.get(session.mentorshipId()), people));
        }
        return write(calendar);
    }

    private Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        return calendar;
    }

    private VEvent event(Session session, Mentorship mentorship, Map<String, Person> people) {
        VEvent event = new VEvent(false);
        event.add(new Uid(session.id() + "@pairwise.io"));
        event.add(new DtStamp(clock.instant()));
        event.add(new LastModified(Objects.requireNonNullElse(session.closedAt(), session.scheduledAt())));
        event.add(new DtStart<>(session.startsAt()));
        event.add(new DtEnd<>(session.endsAt()));
        event.add(new Sequence(session.sequence()));
        event.add(new Summary(summary(session, mentorship, people)));
        event.add(new Description(description(session)));
        Optional.ofNullable(session.location()).or(() -> Optional.ofNullable(session.meetingLink()))
                .ifPresent(where -> event.add(new Location(where)));
        Optional.ofNullable(session.meetingLink()).flatMap(ICalendarWriter::uri).ifPresent(link -> event.add(new Url(link)));
        event.add(session.status() == SessionStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        // Shared calendars show a private event as busy, without its details.
        event.add(ImmutableClazz.PRIVATE);
        event.add(new Organizer(new ParameterList(List.of(new Cn(organizerName))), mailto(organizerEmail).orElseThrow()));
        for (String memberId : session.memberIds()) {
            Optional.ofNullable(people.get(memberId)).flatMap(Person::emailAddress).flatMap(ICalendarWriter::mailto)
                    .ifPresent(address -> event.add(new Attendee(new ParameterList(List.of(
                            new Cn(Objects.requireNonNullElse(Views.nameOf(memberId, mentorship, people), memberId)),
                            Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE)), address)));
        }
        return event;
    }

    private static String summary(Session session, Mentorship mentorship, Map<String, Person> people) {
        List<String> names = session.memberIds().stream().map(id -> Views.nameOf(id, mentorship, people))
                .filter(Objects::nonNull).toList();
        String title = names.isEmpty() ? "Mentoring session" : "Mentoring session: " + String.join(" & ", names);
        return session.status() == SessionStatus.MISSED ? title + " (missed)" : title;
    }

    private static String description(Session session) {
        List<String> lines = new ArrayList<>();
        lines.add("Planned for " + session.startsAt().atZone(ZoneId.of(session.timeZone())).format(PLANNED) + " ("
                + session.timeZone() + "), " + session.durationMinutes() + " minutes, "
                + session.channel().name().toLowerCase().replace('_', ' ') + ".");
        if (session.meetingLink() != null) {
            lines.add("Join: " + session.meetingLink());
        }
        if (session.agenda() != null) {
            lines.add("Agenda: " + session.agenda());
        }
        if (session.preWork() != null) {
            lines.add("Pre-work: " + session.preWork());
        }
        return String.join("\n", lines);
    }

    private static Optional<URI> mailto(String email) {
        try {
            return Optional.of(new URI("mailto", email, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> uri(String link) {
        try {
            return Optional.of(new URI(link));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // Output validation is left to the tests: a strict check must not turn a download into a 500.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
