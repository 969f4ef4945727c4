package io.pairwise.session.api;

import io.pairwise.platform.identity.CallerParticipant;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.session.api.Views.AgreementView;
import io.pairwise.session.api.Views.MentorshipView;
import io.pairwise.session.domain.Agreement;
import io.pairwise.session.domain.Mentorship;
import io.pairwise.session.domain.MentorshipService;
import io.pairwise.session.domain.MentorshipSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's mentorships with their cadence, the admin's figures, and the mentoring agreement. The
 * caller is the JWT subject, which is the participant id.
 */
@RestController
@RequestMapping("/api/v1/sessions/mentorships")
@Tag(name = "Mentorships and agreements")
class MentorshipController {

    private final MentorshipService mentorships;
    private final Views views;

    MentorshipController(MentorshipService mentorships, Views views) {
        this.mentorships = mentorships;
        this.views = views;
    }

    @GetMapping
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "The caller's mentorships, with members, status and cadence (last held session, days since)")
    List<MentorshipView> mine(@AuthenticationPrincipal Jwt caller) {
        return mentorships.ofMember(CallerParticipant.id(caller)).stream().map(this::view).toList();
    }

    @GetMapping("/{mentorshipId}")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "One of the caller's mentorships; 404 for anyone who is not a member")
    MentorshipView get(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId) {
        return view(mentorships.forMember(CallerParticipant.id(caller), mentorshipId));
    }

    @GetMapping("/{mentorshipId}/summary")
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'PROGRAM_ADMIN')")
    @Operation(summary = "Figures of a mentorship (sessions by status, goals, cadence) for its members and program admins; nothing members wrote")
    MentorshipSummary summary(@AuthenticationPrincipal Jwt caller, Authentication authentication,
                              @PathVariable String mentorshipId) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_PROGRAM_ADMIN".equals(a.getAuthority()));
        return mentorships.summary(CallerParticipant.id(caller), admin, mentorshipId);
    }

    @Schema(description = "A new version of the agreement; baseVersion is the version the editor read (0 for the first)")
    record AgreementRequest(@NotNull @Min(0) Integer baseVersion,
                            @NotBlank @Size(max = 4000) String expectations,
                            @NotNull @Min(1) @Max(365) Integer cadenceDays,
                            @NotEmpty @Size(max = 4) List<@NotNull SessionChannel> channels,
                            @Size(max = 2000) String confidentialityNote,
                            @Size(max = 20) List<@NotBlank @Size(max = 300) String> goals) {
    }

    @Schema(description = "The version of the agreement the member confirms")
    record ConfirmationRequest(@NotNull @Min(1) Integer version) {
    }

    @GetMapping("/{mentorshipId}/agreement")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "The mentoring agreement and who has confirmed it")
    AgreementView agreement(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId) {
        return views.agreement(mentorships.forMember(CallerParticipant.id(caller), mentorshipId));
    }

    @PutMapping("/{mentorshipId}/agreement")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Writes a new version of the agreement; every member confirms it again")
    AgreementView editAgreement(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                                @Valid @RequestBody AgreementRequest request) {
        return views.agreement(mentorships.editAgreement(CallerParticipant.id(caller), mentorshipId, request.baseVersion(),
                new Agreement.Terms(request.expectations(), request.cadenceDays(), request.channels(),
                        request.confidentialityNote(), request.goals())));
    }

    @PostMapping("/{mentorshipId}/agreement/confirmations")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Confirms a version of the agreement; the last member's confirmation puts it in force (agreement-confirmed)")
    AgreementView confirmAgreement(@AuthenticationPrincipal Jwt caller, @PathVariable String mentorshipId,
                                   @Valid @RequestBody ConfirmationRequest request) {
        return views.agreement(mentorships.confirmAgreement(CallerParticipant.id(caller), mentorshipId, request.version()));
    }

    private MentorshipView view(Mentorship mentorship) {
        return views.mentorship(mentorship, mentorships.cadence(mentorship));
    }
}
