package io.pairwise.matching.api;

import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.matching.api.Views.BatchView;
import io.pairwise.matching.api.Views.MentorshipView;
import io.pairwise.matching.api.Views.Page;
import io.pairwise.matching.api.Views.SuggestionView;
import io.pairwise.matching.domain.lifecycle.BatchService;
import io.pairwise.matching.domain.lifecycle.MentorshipService;
import io.pairwise.matching.domain.lifecycle.NotFoundException;
import io.pairwise.matching.domain.suggestion.SuggestionPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matching/programs/{programId}")
@Tag(name = "Program matching", description = "Suggestions, mentee requests, rematch and batch optimisation of one program")
@Validated
class ProgramMatchingController {

    private final MentorshipService mentorships;
    private final BatchService batches;

    ProgramMatchingController(MentorshipService mentorships, BatchService batches) {
        this.mentorships = mentorships;
        this.batches = batches;
    }

    @GetMapping("/suggestions")
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'PROGRAM_ADMIN')")
    @Operation(summary = "Ranked mentors for a mentee, explained and load-aware",
            description = "Only mentors the hard constraints allow and with a free place; ranked by score minus how "
                    + "contested the mentor is (its price in the last batch). A participant sees their own; a "
                    + "program admin may name any mentee of a program they own.")
    Page<SuggestionView> suggestions(@AuthenticationPrincipal Jwt caller, @PathVariable String programId,
                                     @RequestParam(required = false) String menteeId,
                                     @RequestParam(defaultValue = "0") @Min(0) int offset,
                                     @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        String mentee = menteeFor(caller, programId, menteeId);
        SuggestionPage page = mentorships.suggestions(programId, mentee, offset, limit);
        return new Page<>(page.suggestions().stream().map(SuggestionView::of).toList(), page.total(), offset, limit);
    }

    @Schema(description = "The mentee's ranked choice of mentors")
    record ChoiceRequest(@NotEmpty @Size(max = 10) List<@NotBlank String> mentorIds) {
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Request mentors, in order of preference (mentee-choice programs)",
            description = "The first choices (up to the open-request bound) go to their mentors with a deadline; the "
                    + "rest wait, and each declined or expired request moves on to the next choice.")
    List<MentorshipView> request(@AuthenticationPrincipal Jwt caller, @PathVariable String programId,
                                 @Valid @RequestBody ChoiceRequest request) {
        return mentorships.request(programId, Callers.participant(caller), request.mentorIds()).stream()
                .map(m -> MentorshipView.of(m, Callers.participant(caller), false)).toList();
    }

    @GetMapping("/requests")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "The caller's requests in the program: sent, waiting and answered, as mentee or mentor")
    List<MentorshipView> requests(@AuthenticationPrincipal Jwt caller, @PathVariable String programId) {
        return mentorships.ofMember(Callers.participant(caller)).stream()
                .filter(m -> m.programId().equals(programId))
                .filter(m -> m.origin() == io.pairwise.contracts.matching.ProposalOrigin.MENTEE_REQUEST)
                .map(m -> MentorshipView.of(m, Callers.participant(caller), false)).toList();
    }

    @Schema(description = "Whom to rematch")
    record RematchRequest(@NotBlank String menteeId) {
    }

    @PostMapping("/rematches")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'PROGRAM_ADMIN')")
    @Operation(summary = "Propose a new mentor to a mentee whose mentorship ended",
            description = "The best mentor with a free place; never someone the mentee ended early with as not a fit "
                    + "or in conflict. The mentee asks for themselves, or an admin of the program for them.")
    MentorshipView rematch(@AuthenticationPrincipal Jwt caller, @PathVariable String programId,
                           @Valid @RequestBody RematchRequest request) {
        String mentee = menteeFor(caller, programId, request.menteeId());
        return MentorshipView.of(mentorships.rematch(programId, mentee), Callers.participant(caller), false);
    }

    @Schema(description = "Options of a batch; the objective defaults to the program's")
    record BatchRequest(MatchingObjective objective) {
    }

    @PostMapping("/batches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Start a batch optimisation of the program (its owners)",
            description = "Runs as a job: poll it for progress; when done it holds a draft to inspect, edit and publish.")
    BatchView start(@AuthenticationPrincipal Jwt caller, @PathVariable String programId,
                    @RequestBody(required = false) BatchRequest request) {
        return BatchView.of(batches.start(programId, Callers.login(caller), request == null ? null : request.objective()));
    }

    /** A participant acts for themselves; an admin for a mentee of a program they own. */
    private String menteeFor(Jwt caller, String programId, String menteeId) {
        String me = Callers.participant(caller);
        if (menteeId == null || menteeId.equals(me)) {
            return me;
        }
        if (Callers.programAdmin() && mentorships.ownsProgram(Callers.login(caller), programId)) {
            return menteeId;
        }
        throw new NotFoundException("No mentee " + menteeId + " of yours in program " + programId);
    }
}
