package io.pairwise.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads calendar text back with ical4j, the way an importing client would, and checks it against RFC 5545/5546. */
public final class ICalendarParsing {

    private ICalendarParsing() {
    }

    public static Calendar parseValid(String text) {
        // RFC 5545 lines end in CRLF; Outlook is strict about it.
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not a calendar ical4j can read:\n" + text, e);
        }
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result + "\n" + text).isFalse();
        return calendar;
    }

    public static String property(Calendar calendar, String name) {
        return calendar.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    public static String property(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }
}
