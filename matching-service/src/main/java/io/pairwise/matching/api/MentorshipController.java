package io.pairwise.matching.api;

import io.pairwise.contracts.matching.DeclineReason;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.PauseReason;
import io.pairwise.matching.api.Views.MentorshipView;
import io.pairwise.matching.domain.lifecycle.MentorshipService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matching/mentorships")
@Tag(name = "Mentorships", description = "Proposals and the mentorship lifecycle, for its members")
class MentorshipController {

    private final MentorshipService mentorships;

    MentorshipController(MentorshipService mentorships) {
        this.mentorships = mentorships;
    }

    @GetMapping
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "The caller's proposals and mentorships, in every program")
    List<MentorshipView> mine(@AuthenticationPrincipal Jwt caller) {
        return mentorships.ofMember(Callers.participant(caller)).stream()
                .map(m -> MentorshipView.of(m, Callers.participant(caller), false)).toList();
    }

    @GetMapping("/{mentorshipId}")
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'PROGRAM_ADMIN')")
    @Operation(summary = "One mentorship; 404 for anyone but its members and its program's owners")
    MentorshipView get(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId) {
        String me = Callers.participant(caller);
        var m = mentorships.visibleTo(me, Callers.adminLogin(caller), mentorshipId);
        return MentorshipView.of(m, me, Callers.programAdmin() && !m.isMember(me));
    }

    @PostMapping("/{mentorshipId}/accept")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Accept a proposal; the last acceptance takes the mentor's place (409 when none is left)")
    MentorshipView accept(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId) {
        return MentorshipView.of(mentorships.accept(Callers.participant(caller), mentorshipId), Callers.participant(caller), false);
    }

    @Schema(description = "Why the proposal is declined")
    record DeclineRequest(@NotNull DeclineReason reason) {
    }

    @PostMapping("/{mentorshipId}/decline")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Decline a proposal; a mentee's request then moves on to their next choice")
    MentorshipView decline(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                           @Valid @RequestBody DeclineRequest request) {
        return MentorshipView.of(mentorships.decline(Callers.participant(caller), mentorshipId, request.reason()),
                Callers.participant(caller), false);
    }

    @Schema(description = "Why the mentorship pauses")
    record PauseRequest(@NotNull PauseReason reason) {
    }

    @PostMapping("/{mentorshipId}/pause")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Pause an active mentorship (the mentor's place stays taken)")
    MentorshipView pause(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                         @Valid @RequestBody PauseRequest request) {
        return MentorshipView.of(mentorships.pause(Callers.participant(caller), mentorshipId, request.reason()),
                Callers.participant(caller), false);
    }

    @PostMapping("/{mentorshipId}/resume")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Resume a paused mentorship")
    MentorshipView resume(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId) {
        return MentorshipView.of(mentorships.resume(Callers.participant(caller), mentorshipId), Callers.participant(caller), false);
    }

    @Schema(description = "Why the mentorship ends early, and the caller's closing reflection (kept in matching only)")
    record EndRequest(@NotNull EndReason reason, @Size(max = 4000) String reflection) {
    }

    @PostMapping("/{mentorshipId}/end")
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'PROGRAM_ADMIN')")
    @Operation(summary = "End a mentorship early with a reason (a member, or an owner of its program)")
    MentorshipView end(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                       @Valid @RequestBody EndRequest request) {
        return MentorshipView.of(mentorships.end(Callers.participant(caller), Callers.adminLogin(caller), mentorshipId,
                request.reason(), request.reflection()), Callers.participant(caller), false);
    }

    @Schema(description = "A closing reflection on an ended mentorship")
    record ReflectionRequest(@NotBlank @Size(max = 4000) String text) {
    }

    @PostMapping("/{mentorshipId}/reflection")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Write one's closing reflection once the mentorship has ended (once per member)")
    MentorshipView reflect(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                           @Valid @RequestBody ReflectionRequest request) {
        return MentorshipView.of(mentorships.reflect(Callers.participant(caller), mentorshipId, request.text()),
                Callers.participant(caller), false);
    }
}
