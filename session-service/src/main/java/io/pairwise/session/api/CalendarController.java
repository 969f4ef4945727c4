package io.pairwise.session.api;

import io.pairwise.platform.identity.CallerParticipant;
import io.pairwise.session.domain.CalendarFeeds;
import io.pairwise.session.domain.Mentorship;
import io.pairwise.session.domain.MentorshipService;
import io.pairwise.session.domain.NotFoundException;
import io.pairwise.session.domain.Session;
import io.pairwise.session.domain.SessionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendars: one session's invite (bearer token, members only) and each person's subscription feed.
 * The feed is opened by a secret token in its URL, because calendar clients cannot send a bearer token.
 */
@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = "Calendar")
class CalendarController {

    static final String FEED_PATH = "/api/v1/sessions/calendar/feeds/";
    private static final String CALENDAR = "text/calendar";

    private final SessionService sessions;
    private final MentorshipService mentorships;
    private final CalendarFeeds feeds;
    private final ICalendarWriter writer;
    private final Views views;

    CalendarController(SessionService sessions, MentorshipService mentorships, CalendarFeeds feeds,
                       ICalendarWriter writer, Views views) {
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.feeds = feeds;
        this.writer = writer;
        this.views = views;
    }

    @Schema(description = "The caller's feed URL; the token is shown only now, and issuing a new one revokes it")
    record FeedSubscription(String url, String path, String token) {
    }

    @GetMapping("/{sessionId}/invite.ics")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "The session as an RFC 5545 invite (REQUEST, CANCEL once cancelled) for Outlook and Google",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CALENDAR)))
    ResponseEntity<String> invite(@AuthenticationPrincipal Jwt caller, @PathVariable String sessionId) {
        SessionService.Access access = sessions.get(CallerParticipant.id(caller), sessionId);
        ICalendarWriter.Rendered invite = writer.invite(access.session(), access.mentorship(),
                views.people(access.session().memberIds()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CALENDAR + ";charset=UTF-8;method=" + invite.method()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"session-" + sessionId + ".ics\"")
                .cacheControl(CacheControl.noStore())
                .body(invite.text());
    }

    @PostMapping("/calendar/feed")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issues the caller's calendar feed URL with a new secret token; an earlier URL stops working")
    FeedSubscription issueFeed(@AuthenticationPrincipal Jwt caller) {
        String token = feeds.issue(CallerParticipant.id(caller));
        String path = FEED_PATH + token + ".ics";
        return new FeedSubscription(ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString(), path,
                token);
    }

    @DeleteMapping("/calendar/feed")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes the caller's calendar feed URL")
    void revokeFeed(@AuthenticationPrincipal Jwt caller) {
        if (!feeds.revoke(CallerParticipant.id(caller))) {
            throw new NotFoundException("calendar feed of", CallerParticipant.id(caller));
        }
    }

    @GetMapping("/calendar/feeds/{token}.ics")
    @SecurityRequirements // no bearer token: the secret in the URL is the credential
    @Operation(summary = "A person's subscription feed of their sessions (RFC 5545, METHOD:PUBLISH); opened by its secret token",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CALENDAR)))
    ResponseEntity<String> feed(@PathVariable String token) {
        String participantId = feeds.owner(token).orElseThrow(() -> new NotFoundException("calendar feed", "for this URL"));
        List<Session> own = feeds.sessionsOf(participantId);
        Map<String, Mentorship> theirs = mentorships.ofMember(participantId).stream()
                .collect(Collectors.toMap(Mentorship::id, Function.identity()));
        List<Session> visible = own.stream().filter(s -> theirs.containsKey(s.mentorshipId())).toList();
        String calendar = writer.feed(visible, theirs,
                views.people(visible.stream().flatMap(s -> s.memberIds().stream()).distinct().toList()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CALENDAR + ";charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .body(calendar);
    }
}
