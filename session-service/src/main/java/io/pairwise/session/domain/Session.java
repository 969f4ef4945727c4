package io.pairwise.session.domain;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.FeedbackSubmitted;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionMissed;
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One meeting of a mentorship: scheduled, then held, cancelled or missed. Notes, action items and
 * feedback live in the session's document, so each change and its event are one write. Times are UTC
 * instants; the zone it was planned in travels along.
 */
public final class Session {

    /** Reasons only this service gives, when a relationship ends or a member is erased. */
    private static final Set<CancellationReason> SYSTEM_REASONS =
            Set.of(CancellationReason.RELATIONSHIP_ENDED, CancellationReason.PARTICIPANT_ERASED);
    public static final int MAX_ACTION_ITEMS = 50;

    private final String id;
    private final String mentorshipId;
    private final String programId;
    private final List<String> memberIds;
    private final String seriesId;
    private Instant startsAt;
    private Instant endsAt;
    private int durationMinutes;
    private String timeZone;
    private SessionChannel channel;
    private String location;
    private String meetingLink;
    private String agenda;
    private String preWork;
    private SessionStatus status;
    private int sequence;
    private final String scheduledBy;
    private final Instant scheduledAt;
    private String closedBy;
    private Instant closedAt;
    private CancellationReason cancellationReason;
    private List<String> attendeeIds;
    private List<String> absentIds;
    private List<Note> notes;
    private List<ActionItem> actionItems;
    private List<Feedback> feedback;
    private final long version;

    public Session(String id, String mentorshipId, String programId, List<String> memberIds, String seriesId,
                   Instant startsAt, Instant endsAt, int durationMinutes, String timeZone, SessionChannel channel,
                   String location, String meetingLink, String agenda, String preWork, SessionStatus status,
                   int sequence, String scheduledBy, Instant scheduledAt, String closedBy, Instant closedAt,
                   CancellationReason cancellationReason, List<String> attendeeIds, List<String> absentIds,
                   List<Note> notes, List<ActionItem> actionItems, List<Feedback> feedback, long version) {
        this.id = id;
        this.mentorshipId = mentorshipId;
        this.programId = programId;
        this.memberIds = List.copyOf(memberIds);
        this.seriesId = seriesId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.durationMinutes = durationMinutes;
        this.timeZone = timeZone;
        this.channel = channel;
        this.location = location;
        this.meetingLink = meetingLink;
        this.agenda = agenda;
        this.preWork = preWork;
        this.status = status;
        this.sequence = sequence;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.cancellationReason = cancellationReason;
        this.attendeeIds = listOrEmpty(attendeeIds);
        this.absentIds = listOrEmpty(absentIds);
        this.notes = listOrEmpty(notes);
        this.actionItems = listOrEmpty(actionItems);
        this.feedback = listOrEmpty(feedback);
        this.version = version;
    }

    /** A new session of the mentorship, for every current member; it must start in the future. */
    public static Change<Session> schedule(Mentorship mentorship, String seriesId, Slot slot, Venue venue,
                                           String scheduledBy, Instant now) {
        mentorship.requireMember(scheduledBy);
        mentorship.requireSchedulable();
        requireFuture(slot, now);
        Session session = new Session(UUID.randomUUID().toString(), mentorship.id(), mentorship.programId(),
                mentorship.memberIds(), seriesId, slot.startsAt(), slot.endsAt(), slot.durationMinutes(),
                slot.timeZone(), venue.channel(), venue.location(), venue.meetingLink(), venue.agenda(),
                venue.preWork(), SessionStatus.SCHEDULED, 0, scheduledBy, now, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), 0);
        return Change.of(session, new SessionScheduled(session.id, session.mentorshipId, session.programId,
                session.memberIds, slot.startsAt(), slot.durationMinutes(), slot.timeZone(), venue.channel(),
                scheduledBy, now));
    }

    /** Moves the session; the venue changes too when a new one is given. Each move is a new invite revision. */
    public List<DomainEvent> reschedule(String by, Slot slot, Venue venue, Instant now) {
        requireScheduled("rescheduled");
        requireFuture(slot, now);
        Instant previous = startsAt;
        startsAt = slot.startsAt();
        endsAt = slot.endsAt();
        durationMinutes = slot.durationMinutes();
        timeZone = slot.timeZone();
        if (venue != null) {
            channel = venue.channel();
            location = venue.location();
            meetingLink = venue.meetingLink();
            agenda = venue.agenda();
            preWork = venue.preWork();
        }
        sequence++;
        return List.of(new SessionRescheduled(id, mentorshipId, programId, memberIds, previous, startsAt,
                durationMinutes, timeZone, channel, by, now));
    }

    /** A member cancels with a reason; the system-only reasons are refused from members. */
    public List<DomainEvent> cancel(String by, CancellationReason reason, Instant now) {
        if (SYSTEM_REASONS.contains(reason)) {
            throw new IllegalArgumentException("reason " + reason + " is set by the platform, not by members");
        }
        return close(by, reason, now);
    }

    /** The platform cancels: the relationship ended or a member was erased. Nothing happens to a closed session. */
    public List<DomainEvent> cancelBySystem(CancellationReason reason, Instant now) {
        return status == SessionStatus.SCHEDULED ? close(null, reason, now) : List.of();
    }

    private List<DomainEvent> close(String by, CancellationReason reason, Instant now) {
        requireScheduled("cancelled");
        status = SessionStatus.CANCELLED;
        cancellationReason = reason;
        closedBy = by;
        closedAt = now;
        sequence++;
        return List.of(new SessionCancelled(id, mentorshipId, programId, memberIds, startsAt, by, reason, now));
    }

    /**
     * Records that the session took place: who attended, how long it actually lasted, the recorder's
     * note and the action items agreed.
     */
    public List<DomainEvent> markHeld(String by, Collection<String> attendees, Integer actualMinutes, String note,
                                      List<ActionItem.Draft> items, Instant now) {
        requireScheduled("marked held");
        requireStarted(now);
        if (attendees.isEmpty()) {
            throw new IllegalArgumentException("a held session has at least one attendee");
        }
        requireMembers("attendeeIds", attendees);
        for (ActionItem.Draft item : items) {
            if (item.ownerId() != null) {
                requireMembers("actionItems.ownerId", List.of(item.ownerId()));
            }
        }
        if (items.size() > MAX_ACTION_ITEMS) {
            throw new IllegalArgumentException("a session has at most " + MAX_ACTION_ITEMS + " action items");
        }
        if (actualMinutes != null) {
            Slot actual = new Slot(startsAt, actualMinutes, timeZone); // same length rules as a planned slot
            durationMinutes = actual.durationMinutes();
            endsAt = actual.endsAt();
        }
        status = SessionStatus.HELD;
        attendeeIds = attendees.stream().distinct().toList();
        closedBy = by;
        closedAt = now;
        actionItems = items.stream()
                .map(d -> new ActionItem(UUID.randomUUID().toString(), d.text(), d.ownerId(), d.dueDate(), null))
                .toList();
        if (note != null && !note.isBlank()) {
            writeNote(by, note, now);
        }
        return List.of(new SessionHeld(id, mentorshipId, programId, memberIds, startsAt, durationMinutes, attendeeIds,
                channel, now));
    }

    /** The session did not take place; {@code by} is null when the platform noticed nobody recorded it. */
    public List<DomainEvent> markMissed(String by, Collection<String> absent, Instant now) {
        requireScheduled("marked missed");
        requireStarted(now);
        requireMembers("absentIds", absent);
        status = SessionStatus.MISSED;
        absentIds = absent.stream().distinct().toList();
        closedBy = by;
        closedAt = now;
        return List.of(new SessionMissed(id, mentorshipId, programId, memberIds, startsAt, absentIds, by, now));
    }

    /** Writes or replaces the author's own note. */
    public void writeNote(String author, String text, Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw new RuleViolationException("session " + id + " was cancelled; it takes no notes");
        }
        List<Note> updated = new ArrayList<>(notes.stream().filter(n -> !n.authorId().equals(author)).toList());
        updated.add(new Note(author, text, now));
        notes = List.copyOf(updated);
    }

    public ActionItem completeActionItem(String itemId, boolean done, Instant now) {
        ActionItem item = actionItems.stream().filter(a -> a.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("action item", itemId));
        ActionItem updated = new ActionItem(item.id(), item.text(), item.ownerId(), item.dueDate(),
                done ? (item.isDone() ? item.doneAt() : now) : null);
        actionItems = actionItems.stream().map(a -> a.id().equals(itemId) ? updated : a).toList();
        return updated;
    }

    /** Each member rates a held session once. */
    public List<DomainEvent> giveFeedback(String from, int rating, String comment, Instant now) {
        if (status != SessionStatus.HELD) {
            throw new RuleViolationException("feedback is given on held sessions; session " + id + " is "
                    + status.name().toLowerCase());
        }
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be between 1 and 5");
        }
        if (feedback.stream().anyMatch(f -> f.participantId().equals(from))) {
            throw new RuleViolationException("you already gave feedback on session " + id);
        }
        List<Feedback> updated = new ArrayList<>(feedback);
        updated.add(new Feedback(from, rating, comment, now));
        feedback = List.copyOf(updated);
        return List.of(new FeedbackSubmitted(id, mentorshipId, programId, memberIds, from, rating, now));
    }

    /**
     * Removes what the erased person wrote (notes, feedback comments) and unassigns their action items;
     * a session still to come is cancelled. Ratings stay, without a comment, for the program's figures.
     */
    public List<DomainEvent> erase(String participantId, Instant now) {
        notes = notes.stream().filter(n -> !n.authorId().equals(participantId)).toList();
        feedback = feedback.stream()
                .map(f -> f.participantId().equals(participantId)
                        ? new Feedback(f.participantId(), f.rating(), null, f.submittedAt()) : f)
                .toList();
        actionItems = actionItems.stream()
                .map(a -> participantId.equals(a.ownerId())
                        ? new ActionItem(a.id(), a.text(), null, a.dueDate(), a.doneAt()) : a)
                .toList();
        return cancelBySystem(CancellationReason.PARTICIPANT_ERASED, now);
    }

    public boolean concerns(String participantId) {
        return memberIds.contains(participantId);
    }

    private void requireScheduled(String action) {
        if (status != SessionStatus.SCHEDULED) {
            throw new RuleViolationException("session " + id + " is " + status.name().toLowerCase()
                    + " and cannot be " + action);
        }
    }

    private void requireStarted(Instant now) {
        if (now.isBefore(startsAt)) {
            throw new RuleViolationException("session " + id + " has not started yet");
        }
    }

    private static void requireFuture(Slot slot, Instant now) {
        if (!slot.startsAt().isAfter(now)) {
            throw new IllegalArgumentException("a session must start in the future");
        }
    }

    private void requireMembers(String field, Collection<String> participants) {
        for (String participant : participants) {
            if (!memberIds.contains(participant)) {
                throw new IllegalArgumentException(field + ": " + participant + " is not a member of this session");
            }
        }
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    // --- state -------------------------------------------------------------------------------------------------

    public String id() {
        return id;
    }

    public String mentorshipId() {
        return mentorshipId;
    }

    public String programId() {
        return programId;
    }

    public List<String> memberIds() {
        return memberIds;
    }

    public String seriesId() {
        return seriesId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String timeZone() {
        return timeZone;
    }

    public SessionChannel channel() {
        return channel;
    }

    public String location() {
        return location;
    }

    public String meetingLink() {
        return meetingLink;
    }

    public String agenda() {
        return agenda;
    }

    public String preWork() {
        return preWork;
    }

    public SessionStatus status() {
        return status;
    }

    /** The invite revision (RFC 5545 SEQUENCE): counted up by every move and the cancellation. */
    public int sequence() {
        return sequence;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public List<String> attendeeIds() {
        return attendeeIds;
    }

    public List<String> absentIds() {
        return absentIds;
    }

    public List<Note> notes() {
        return notes;
    }

    public List<ActionItem> actionItems() {
        return actionItems;
    }

    public List<Feedback> feedback() {
        return feedback;
    }

    public long version() {
        return version;
    }
}
