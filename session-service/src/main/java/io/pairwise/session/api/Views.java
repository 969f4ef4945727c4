package io.pairwise.session.api;

import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.session.domain.ActionItem;
import io.pairwise.session.domain.Agreement;
import io.pairwise.session.domain.Cadence;
import io.pairwise.session.domain.Feedback;
import io.pairwise.session.domain.MemberCard;
import io.pairwise.session.domain.MemberRole;
import io.pairwise.session.domain.Mentorship;
import io.pairwise.session.domain.MentorshipStatus;
import io.pairwise.session.domain.NotFoundException;
import io.pairwise.session.domain.ParticipantDirectory;
import io.pairwise.session.domain.Person;
import io.pairwise.session.domain.Session;
import io.pairwise.session.domain.SessionStatus;
import io.pairwise.session.domain.Slot;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the API answers. Times are UTC instants plus, for each member, the same times in that member's
 * own zone (from their profile, else from the match); the caller's own view comes first-class.
 */
@Component
class Views {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ParticipantDirectory directory;

    Views(ParticipantDirectory directory) {
        this.directory = directory;
    }

    @Schema(description = "A member as others see them")
    record MemberView(String participantId, String displayName, MemberRole role, String timeZone) {
    }

    @Schema(description = "A mentorship from its member's point of view")
    record MentorshipView(String id, String programId, MentorshipStatus status, List<MemberView> members,
                          @Schema(description = "The program's cadence from the match, in days") int programCadenceDays,
                          LocalDate plannedEndDate, Instant activeSince, Instant endedAt,
                          @Schema(description = "NONE, DRAFT or CONFIRMED") String agreementStatus, Cadence cadence) {
    }

    @Schema(description = "A start and end in one person's zone, ISO-8601 with that zone's offset")
    record LocalTime(String participantId, String timeZone,
                     @Schema(example = "2026-03-10T16:00:00+01:00") String start,
                     @Schema(example = "2026-03-10T16:45:00+01:00") String end) {
    }

    record NoteView(String authorId, String authorName, String text, Instant writtenAt) {
    }

    record FeedbackView(int rating, String comment, Instant submittedAt) {
    }

    @Schema(description = "A session as its members see it; notes are visible to members only")
    record SessionView(String id, String mentorshipId, String seriesId, SessionStatus status,
                       @Schema(description = "Start, UTC") Instant startsAt, Instant endsAt, int durationMinutes,
                       @Schema(description = "IANA zone it was planned in") String timeZone,
                       @Schema(description = "The caller's own local times") LocalTime yourTime,
                       @Schema(description = "Each member's local times") List<LocalTime> memberTimes,
                       SessionChannel channel, String location, String meetingLink, String agenda, String preWork,
                       String scheduledBy, Instant scheduledAt, int revision, String closedBy, Instant closedAt,
                       CancellationReason cancellationReason, List<String> attendeeIds, List<String> absentIds,
                       List<NoteView> notes, List<ActionItem> actionItems,
                       @Schema(description = "Members who have given feedback") List<String> feedbackFrom,
                       @Schema(description = "The caller's own feedback; others' comments are never shown") FeedbackView yourFeedback,
                       String inviteUrl) {
    }

    @Schema(description = "The mentoring agreement")
    record AgreementView(int version, @Schema(description = "DRAFT or CONFIRMED") String status, String expectations,
                         int cadenceDays, List<SessionChannel> channels, String confidentialityNote, List<String> goals,
                         String editedBy, Instant editedAt, List<Agreement.Confirmation> confirmations,
                         List<String> awaitingConfirmationFrom, Instant confirmedAt) {
    }

    Map<String, Person> people(Collection<String> participantIds) {
        return directory.findAll(participantIds);
    }

    MentorshipView mentorship(Mentorship mentorship, Cadence cadence) {
        Map<String, Person> people = people(mentorship.memberIds());
        return new MentorshipView(mentorship.id(), mentorship.programId(), mentorship.status(),
                mentorship.members().stream().map(card -> member(card, people)).toList(), mentorship.cadenceDays(),
                mentorship.plannedEndDate(), mentorship.activeSince(), mentorship.endedAt(),
                mentorship.agreement().map(a -> a.isConfirmed() ? "CONFIRMED" : "DRAFT").orElse("NONE"), cadence);
    }

    SessionView session(Session session, Mentorship mentorship, String caller) {
        return session(session, mentorship, caller, people(session.memberIds()));
    }

    SessionView session(Session session, Mentorship mentorship, String caller, Map<String, Person> people) {
        List<LocalTime> times = session.memberIds().stream()
                .map(id -> localTime(id, zoneOf(id, mentorship, people, session.timeZone()), session)).toList();
        Optional<Feedback> own = session.feedback().stream().filter(f -> f.participantId().equals(caller)).findFirst();
        return new SessionView(session.id(), session.mentorshipId(), session.seriesId(), session.status(),
                session.startsAt(), session.endsAt(), session.durationMinutes(), session.timeZone(),
                times.stream().filter(t -> t.participantId().equals(caller)).findFirst().orElse(null), times,
                session.channel(), session.location(), session.meetingLink(), session.agenda(), session.preWork(),
                session.scheduledBy(), session.scheduledAt(), session.sequence(), session.closedBy(), session.closedAt(),
                session.cancellationReason(), session.attendeeIds(), session.absentIds(),
                session.notes().stream().map(n -> new NoteView(n.authorId(), nameOf(n.authorId(), mentorship, people),
                        n.text(), n.writtenAt())).toList(),
                session.actionItems(), session.feedback().stream().map(Feedback::participantId).toList(),
                own.map(f -> new FeedbackView(f.rating(), f.comment(), f.submittedAt())).orElse(null),
                "/api/v1/sessions/" + session.id() + "/invite.ics");
    }

    /** The mentorship's agreement; a mentorship without one answers 404 for it. */
    AgreementView agreement(Mentorship mentorship) {
        Agreement agreement = mentorship.agreement()
                .orElseThrow(() -> new NotFoundException("agreement of mentorship", mentorship.id()));
        return new AgreementView(agreement.version(), agreement.isConfirmed() ? "CONFIRMED" : "DRAFT",
                agreement.expectations(), agreement.cadenceDays(), agreement.channels(), agreement.confidentialityNote(),
                agreement.goals(), agreement.editedBy(), agreement.editedAt(), agreement.confirmations(),
                mentorship.memberIds().stream().filter(id -> !agreement.isConfirmedBy(id)).toList(),
                agreement.confirmedAt());
    }

    private static MemberView member(MemberCard card, Map<String, Person> people) {
        Person person = people.get(card.participantId());
        return new MemberView(card.participantId(),
                person != null && person.displayName() != null ? person.displayName() : card.displayName(), card.role(),
                validZone(person == null ? null : person.timeZone()).or(() -> validZone(card.timeZone())).orElse(null));
    }

    /** A name for a participant: the directory's, else the match's, else nothing (e.g. after erasure). */
    static String nameOf(String participantId, Mentorship mentorship, Map<String, Person> people) {
        Person person = people.get(participantId);
        if (person != null && person.displayName() != null) {
            return person.displayName();
        }
        return mentorship.members().stream().filter(c -> c.participantId().equals(participantId))
                .map(MemberCard::displayName).findFirst().orElse(null);
    }

    /** The zone to show a participant times in: their profile's, else the match's, else the session's. */
    static String zoneOf(String participantId, Mentorship mentorship, Map<String, Person> people, String fallback) {
        Person person = people.get(participantId);
        return validZone(person == null ? null : person.timeZone())
                .or(() -> mentorship.members().stream().filter(c -> c.participantId().equals(participantId))
                        .findFirst().flatMap(c -> validZone(c.timeZone())))
                .orElse(fallback);
    }

    private static Optional<String> validZone(String zone) {
        try {
            return Optional.ofNullable(zone).map(z -> Slot.zone(z).getId());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static LocalTime localTime(String participantId, String zone, Session session) {
        ZoneId zoneId = ZoneId.of(zone);
        return new LocalTime(participantId, zone, session.startsAt().atZone(zoneId).format(LOCAL),
                session.endsAt().atZone(zoneId).format(LOCAL));
    }
}
