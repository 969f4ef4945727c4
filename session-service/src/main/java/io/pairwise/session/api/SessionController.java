package io.pairwise.session.api;

import io.pairwise.platform.identity.CallerParticipant;
import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.session.api.Views.SessionView;
import io.pairwise.session.domain.ActionItem;
import io.pairwise.session.domain.Mentorship;
import io.pairwise.session.domain.MentorshipService;
import io.pairwise.session.domain.Person;
import io.pairwise.session.domain.SeriesPlan;
import io.pairwise.session.domain.Session;
import io.pairwise.session.domain.SessionService;
import io.pairwise.session.domain.SessionStatus;
import io.pairwise.session.domain.Slot;
import io.pairwise.session.domain.Venue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions of a mentorship: plan them (one or a series at the agreed cadence), move and cancel them,
 * record what happened, notes, action items and feedback. Members of the mentorship only; anyone else
 * gets 404. Starts are wall-clock times in an IANA zone; they are stored as UTC instants.
 */
@RestController
@RequestMapping("/api/v1/sessions")
@PreAuthorize("hasRole('PARTICIPANT')")
@Tag(name = "Sessions")
class SessionController {

    private static final String LOCAL_START = "Wall-clock start in timeZone, e.g. 2026-03-10T16:00";

    private final SessionService sessions;
    private final MentorshipService mentorships;
    private final Views views;

    SessionController(SessionService sessions, MentorshipService mentorships, Views views) {
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.views = views;
    }

    @Schema(description = "A session to schedule; location is required in person, meetingLink must be http(s)")
    record ScheduleRequest(@NotNull @Schema(description = LOCAL_START) LocalDateTime start,
                           @NotBlank @Size(max = 64) @Schema(example = "Europe/Berlin") String timeZone,
                           @NotNull @Min(Slot.MIN_MINUTES) @Max(Slot.MAX_MINUTES) Integer durationMinutes,
                           @NotNull SessionChannel channel,
                           @Size(max = 300) String location,
                           @Size(max = 2000) String meetingLink,
                           @Size(max = 4000) String agenda,
                           @Size(max = 4000) String preWork) {

        Slot slot() {
            return Slot.atLocal(start, timeZone, durationMinutes);
        }

        Venue venue() {
            return new Venue(channel, location, meetingLink, agenda, preWork);
        }
    }

    @Schema(description = "A recurring series every agreed-cadence days at the same wall-clock time")
    record SeriesRequest(@NotNull @Schema(description = LOCAL_START) LocalDateTime firstStart,
                         @NotBlank @Size(max = 64) String timeZone,
                         @NotNull @Min(Slot.MIN_MINUTES) @Max(Slot.MAX_MINUTES) Integer durationMinutes,
                         @NotNull @Min(SeriesPlan.MIN_OCCURRENCES) @Max(SeriesPlan.MAX_OCCURRENCES) Integer occurrences,
                         @NotNull SessionChannel channel,
                         @Size(max = 300) String location,
                         @Size(max = 2000) String meetingLink,
                         @Size(max = 4000) String agenda,
                         @Size(max = 4000) String preWork) {
    }

    @Schema(description = "A new time; with a channel the venue (location, link, agenda, pre-work) is replaced too")
    record RescheduleRequest(@NotNull @Schema(description = LOCAL_START) LocalDateTime start,
                             @NotBlank @Size(max = 64) String timeZone,
                             @NotNull @Min(Slot.MIN_MINUTES) @Max(Slot.MAX_MINUTES) Integer durationMinutes,
                             SessionChannel channel,
                             @Size(max = 300) String location,
                             @Size(max = 2000) String meetingLink,
                             @Size(max = 4000) String agenda,
                             @Size(max = 4000) String preWork) {
    }

    @Schema(description = "Why the session will not take place (RELATIONSHIP_ENDED and PARTICIPANT_ERASED are the platform's)")
    record CancelRequest(@NotNull CancellationReason reason) {
    }

    record ActionItemRequest(@NotBlank @Size(max = 500) String text, @Size(max = 100) String ownerId,
                             LocalDate dueDate) {
    }

    @Schema(description = "What happened: who attended, the actual length, the recorder's private note, action items")
    record HeldRequest(@NotEmpty @Size(max = 50) List<@NotBlank String> attendeeIds,
                       @Min(Slot.MIN_MINUTES) @Max(Slot.MAX_MINUTES) Integer durationMinutes,
                       @Size(max = 10000) String note,
                       @Size(max = 50) List<@Valid ActionItemRequest> actionItems) {
    }

    @Schema(description = "Members who did not show up (may be empty)")
    record MissedRequest(@Size(max = 50) List<@NotBlank String> absentIds) {
    }

    @Schema(description = "The caller's own private note, visible to the mentorship's members only")
    record NoteRequest(@NotBlank @Size(max = 10000) String text) {
    }

    record ActionItemUpdate(@NotNull Boolean done) {
    }

    @Schema(description = "A rating from 1 to 5 and an optional comment only its author sees")
    record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
    }

    @GetMapping("/mentorships/{mentorshipId}/sessions")
    @Operation(summary = "The mentorship's sessions by start, optionally by status and a [from, to) window of UTC instants")
    List<SessionView> list(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                           @RequestParam(required = false) SessionStatus status,
                           @RequestParam(required = false) @Parameter(description = "UTC instant") Instant from,
                           @RequestParam(required = false) @Parameter(description = "UTC instant") Instant to,
                           @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        List<Session> found = sessions.list(CallerParticipant.id(caller), mentorshipId, status, from, to, limit);
        return views(caller, mentorshipId, found);
    }

    @PostMapping("/mentorships/{mentorshipId}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedules a session (session-scheduled); 409 if it overlaps another session of a member")
    SessionView schedule(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                         @Valid @RequestBody ScheduleRequest request) {
        Session session = sessions.schedule(CallerParticipant.id(caller), mentorshipId, request.slot(), request.venue());
        return views(caller, mentorshipId, List.of(session)).getFirst();
    }

    @PostMapping("/mentorships/{mentorshipId}/sessions/series")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedules a recurring series at the agreed cadence (needs a confirmed agreement); all or none")
    List<SessionView> scheduleSeries(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                                     @Valid @RequestBody SeriesRequest request) {
        List<Session> created = sessions.scheduleSeries(CallerParticipant.id(caller), mentorshipId, request.firstStart(),
                request.timeZone(), request.durationMinutes(), request.occurrences(), new Venue(request.channel(),
                        request.location(), request.meetingLink(), request.agenda(), request.preWork()));
        return views(caller, mentorshipId, created);
    }

    @GetMapping("/{sessionId}")
    @Operation(summary = "One session with its notes, action items and the caller's feedback")
    SessionView get(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId) {
        SessionService.Access access = sessions.get(CallerParticipant.id(caller), sessionId);
        return views.session(access.session(), access.mentorship(), CallerParticipant.id(caller));
    }

    @PostMapping("/{sessionId}/reschedule")
    @Operation(summary = "Moves a scheduled session (session-rescheduled)")
    SessionView reschedule(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId,
                           @Valid @RequestBody RescheduleRequest request) {
        Venue venue = request.channel() == null ? null : new Venue(request.channel(), request.location(),
                request.meetingLink(), request.agenda(), request.preWork());
        return view(caller, sessions.reschedule(CallerParticipant.id(caller), sessionId,
                Slot.atLocal(request.start(), request.timeZone(), request.durationMinutes()), venue));
    }

    @PostMapping("/{sessionId}/cancel")
    @Operation(summary = "Cancels a scheduled session with a reason (session-cancelled)")
    SessionView cancel(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId,
                       @Valid @RequestBody CancelRequest request) {
        return view(caller, sessions.cancel(CallerParticipant.id(caller), sessionId, request.reason()));
    }

    @PostMapping("/{sessionId}/held")
    @Operation(summary = "Records a started session as held (session-held)")
    SessionView held(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId,
                     @Valid @RequestBody HeldRequest request) {
        List<ActionItem.Draft> items = request.actionItems() == null ? List.of() : request.actionItems().stream()
                .map(i -> new ActionItem.Draft(i.text(), i.ownerId(), i.dueDate())).toList();
        return view(caller, sessions.markHeld(CallerParticipant.id(caller), sessionId, request.attendeeIds(),
                request.durationMinutes(), request.note(), items));
    }

    @PostMapping("/{sessionId}/missed")
    @Operation(summary = "Records a started session as missed (session-missed)")
    SessionView missed(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId,
                       @Valid @RequestBody MissedRequest request) {
        return view(caller, sessions.markMissed(CallerParticipant.id(caller), sessionId,
                request.absentIds() == null ? List.of() : request.absentIds()));
    }

    @PutMapping("/{sessionId}/notes/mine")
    @Operation(summary = "Writes or replaces the caller's private note on the session")
    SessionView note(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId,
                     @Valid @RequestBody NoteRequest request) {
        return view(caller, sessions.writeNote(CallerParticipant.id(caller), sessionId, request.text()));
    }

    @PutMapping("/{sessionId}/action-items/{itemId}")
    @Operation(summary = "Marks an action item done or open again")
    SessionView actionItem(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId,
                           @PathVariable String itemId, @Valid @RequestBody ActionItemUpdate request) {
        return view(caller, sessions.completeActionItem(CallerParticipant.id(caller), sessionId, itemId, request.done()));
    }

    @PostMapping("/{sessionId}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rates a held session, once per member (feedback-submitted); 409 the second time")
    SessionView feedback(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId,
                         @Valid @RequestBody FeedbackRequest request) {
        return view(caller, sessions.giveFeedback(CallerParticipant.id(caller), sessionId, request.rating(), request.comment()));
    }

    private SessionView view(Jwt caller, Session session) {
        return views(caller, session.mentorshipId(), List.of(session)).getFirst();
    }

    private List<SessionView> views(Jwt caller, String mentorshipId, List<Session> found) {
        Mentorship mentorship = mentorships.forMember(CallerParticipant.id(caller), mentorshipId);
        Map<String, Person> people = views.people(mentorship.memberIds());
        return found.stream().map(s -> views.session(s, mentorship, CallerParticipant.id(caller), people)).toList();
    }
}
