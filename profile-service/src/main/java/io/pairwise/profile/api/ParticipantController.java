package io.pairwise.profile.api;

import io.pairwise.contracts.profile.Role;
import io.pairwise.profile.api.ParticipantViews.Enroll;
import io.pairwise.profile.api.ParticipantViews.NewParticipant;
import io.pairwise.profile.api.ParticipantViews.ParticipantResponse;
import io.pairwise.profile.api.ParticipantViews.PublicProfile;
import io.pairwise.profile.application.EnrollmentService;
import io.pairwise.profile.application.ParticipantService;
import io.pairwise.profile.domain.Caller;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/profile/participants")
@Tag(name = "Participants", description = "The directory of employees taking part: own profile, enrollments, "
        + "partners' public profiles, admin search, erasure")
class ParticipantController {

    private final ParticipantService participants;
    private final EnrollmentService enrollments;

    ParticipantController(ParticipantService participants, EnrollmentService enrollments) {
        this.participants = participants;
        this.enrollments = enrollments;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'SERVICE')")
    @Operation(summary = "Add a participant", description = "For people not provisioned through SCIM or an HR import. "
            + "The user name links the participant to their tokens' subject.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<ParticipantResponse> create(@Valid @RequestBody NewParticipant request) {
        Participant participant = participants.create(request.employeeId(), request.userName(),
                request.profile().toProfile());
        return ResponseEntity.created(URI.create("/api/v1/profile/participants/" + participant.id()))
                .body(ParticipantResponse.of(participant));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'SERVICE')")
    @Operation(summary = "Search participants", description = "Admins search the participants of the programs they own, "
            + "internal systems everyone. Criteria combine; in id order with cursor pagination.")
    PageResponse<ParticipantResponse> search(Caller caller,
                                             @RequestParam(required = false) @Size(max = 100) String programId,
                                             @Parameter(description = "Role held in the program(s)")
                                             @RequestParam(required = false) Role role,
                                             @Parameter(description = "A skill of the person's expertise, any case")
                                             @RequestParam(required = false) @Size(max = 100) String skill,
                                             @Parameter(description = "Lowest level of that skill, 1 to 5")
                                             @RequestParam(required = false) @Min(1) @Max(5) Integer minLevel,
                                             @Parameter(description = "Department, any case")
                                             @RequestParam(required = false) @Size(max = 200) String department,
                                             @Parameter(description = ApiDocs.CURSOR) @RequestParam(required = false)
                                             @Size(max = 200) String cursor,
                                             @Parameter(description = ApiDocs.LIMIT) @RequestParam(defaultValue = "50")
                                             @Min(1) @Max(200) int limit) {
        ParticipantSearch criteria = new ParticipantSearch(null, programId, role, skill, minLevel, department);
        return PageResponse.of(participants.search(caller, criteria, cursor, limit), ParticipantResponse::of);
    }

    @GetMapping("/me")
    @Operation(summary = "Read my profile")
    ParticipantResponse me(Caller caller) {
        return ParticipantResponse.of(participants.own(caller));
    }

    @PutMapping("/me")
    @Operation(summary = "Replace my profile", description = "Everything but the employee id and user name. "
            + "Enrollments whose eligibility the new profile no longer meets end (enrollment-withdrawn, "
            + "NO_LONGER_ELIGIBLE). Publishes profile-updated when enrolled.")
    ParticipantResponse updateMe(Caller caller, @Valid @RequestBody ProfileData profile) {
        return ParticipantResponse.of(participants.updateOwn(caller, profile.toProfile()));
    }

    @DeleteMapping("/me")
    @Operation(summary = "Erase my profile", description = "Leaves every program and removes all personal data. "
            + "Publishes enrollment-withdrawn per role, then participant-erased.")
    @ApiResponse(responseCode = "204", description = "Erased")
    ResponseEntity<Void> eraseMe(Caller caller) {
        participants.eraseOwn(caller);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/me/enrollments")
    @Operation(summary = "Enrol in a program", description = "As MENTOR, MENTEE or BOTH where the mentoring type allows: "
            + "PEER and MUTUAL need BOTH, GROUP and REVERSE allow one role. Checks the program's state, window and "
            + "eligibility and the profile's completeness. Publishes mentor-registered and/or mentee-registered.")
    ParticipantResponse enroll(Caller caller, @Valid @RequestBody Enroll request) {
        return ParticipantResponse.of(enrollments.enrollOwn(caller, request.programId(), request.role(),
                request.capacity()));
    }

    @DeleteMapping("/me/enrollments/{programId}")
    @Operation(summary = "Withdraw from a program", description = "Publishes enrollment-withdrawn (PARTICIPANT_REQUEST) per role left.")
    ParticipantResponse withdraw(Caller caller, @PathVariable String programId,
                                 @Parameter(description = "The role to leave; every role when absent")
                                 @RequestParam(required = false) Role role) {
        return ParticipantResponse.of(enrollments.withdrawOwn(caller, programId, role));
    }

    @GetMapping("/{participantId}")
    @Operation(summary = "Read a participant's whole profile", description = "The person, internal systems and admins "
            + "of a program the person is in.")
    ParticipantResponse get(Caller caller, @PathVariable String participantId) {
        return ParticipantResponse.of(participants.get(caller, participantId));
    }

    @GetMapping("/{participantId}/public")
    @Operation(summary = "Read a participant's public profile", description = "Also for partners in a proposed or "
            + "active mentorship: no contact details, no reporting line.")
    PublicProfile getPublic(Caller caller, @PathVariable String participantId) {
        return PublicProfile.of(participants.getPublic(caller, participantId));
    }

    @DeleteMapping("/{participantId}")
    @PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'SERVICE')")
    @Operation(summary = "Erase a participant", description = "Internal systems, or an admin of a program the person is "
            + "in. Publishes enrollment-withdrawn (ADMIN_ACTION) per role, then participant-erased.")
    @ApiResponse(responseCode = "204", description = "Erased")
    ResponseEntity<Void> erase(Caller caller, @PathVariable String participantId) {
        participants.erase(caller, participantId);
        return ResponseEntity.noContent().build();
    }
}
