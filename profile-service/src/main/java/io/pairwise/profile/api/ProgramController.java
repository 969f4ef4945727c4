package io.pairwise.profile.api;

import io.pairwise.contracts.profile.Role;
import io.pairwise.profile.api.ParticipantViews.EnrollOnBehalf;
import io.pairwise.profile.api.ParticipantViews.ParticipantResponse;
import io.pairwise.profile.api.ProgramViews.ProgramRequest;
import io.pairwise.profile.api.ProgramViews.ProgramResponse;
import io.pairwise.profile.application.EnrollmentService;
import io.pairwise.profile.application.ProgramService;
import io.pairwise.profile.domain.Caller;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.ProgramStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
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
@RequestMapping("/api/v1/profile/programs")
@Tag(name = "Programs", description = "Mentoring programs: every signed-in user reads them, their owners (program admins) manage them")
class ProgramController {

    private final ProgramService programs;
    private final EnrollmentService enrollments;
    private final Clock clock;

    ProgramController(ProgramService programs, EnrollmentService enrollments, Clock clock) {
        this.programs = programs;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Create a program", description = "The caller becomes an owner. Enrollment starts closed. Publishes program-created.")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<ProgramResponse> create(Caller caller, @Valid @RequestBody ProgramRequest request) {
        Program program = programs.create(caller, request.toSettings(List.of(caller.subject())));
        return ResponseEntity.created(URI.create("/api/v1/profile/programs/" + program.id())).body(view(program));
    }

    @GetMapping
    @Operation(summary = "List programs", description = "In id order, with cursor pagination.")
    PageResponse<ProgramResponse> list(Caller caller,
                                       @Parameter(description = "Only programs the caller owns")
                                       @RequestParam(defaultValue = "false") boolean owned,
                                       @RequestParam(required = false) ProgramStatus status,
                                       @Parameter(description = ApiDocs.CURSOR) @RequestParam(required = false)
                                       @Size(max = 200) String cursor,
                                       @Parameter(description = ApiDocs.LIMIT) @RequestParam(defaultValue = "50")
                                       @Min(1) @Max(200) int limit) {
        return PageResponse.of(programs.list(caller, owned, status, cursor, limit), this::view);
    }

    @GetMapping("/{programId}")
    @Operation(summary = "Read a program")
    ProgramResponse get(@PathVariable String programId) {
        return view(programs.get(programId));
    }

    @PutMapping("/{programId}")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Replace a program's settings", description = "Owners only; a closed program cannot change, "
            + "nor can the mentoring type once anyone is enrolled. Owners are kept when ownerIds is absent. "
            + "Publishes program-updated when something changed.")
    ProgramResponse update(Caller caller, @PathVariable String programId, @Valid @RequestBody ProgramRequest request) {
        return view(programs.update(caller, programId, current -> request.toSettings(current.settings().ownerIds())));
    }

    @PostMapping("/{programId}/enrollment/open")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Open enrollment", description = "Owners only. The enrollment window, if set, still applies. Publishes program-updated when it was closed.")
    ProgramResponse openEnrollment(Caller caller, @PathVariable String programId) {
        return view(programs.openEnrollment(caller, programId));
    }

    @PostMapping("/{programId}/enrollment/close")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Close enrollment", description = "Owners only. Publishes program-updated when it was open.")
    ProgramResponse closeEnrollment(Caller caller, @PathVariable String programId) {
        return view(programs.closeEnrollment(caller, programId));
    }

    @PostMapping("/{programId}/close")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Close the program", description = "Owners only; final. No new enrollments or matches; "
            + "existing enrollments stay as history. Publishes program-closed once.")
    ProgramResponse close(Caller caller, @PathVariable String programId) {
        return view(programs.close(caller, programId));
    }

    @PostMapping("/{programId}/enrollments")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Enrol someone on their behalf", description = "Owners only. Same eligibility checks as "
            + "self-enrollment. Publishes mentor-registered and/or mentee-registered.")
    ParticipantResponse enrollOnBehalf(Caller caller, @PathVariable String programId,
                                       @Valid @RequestBody EnrollOnBehalf request) {
        return ParticipantResponse.of(enrollments.enrollOnBehalf(caller, programId, request.participantId(),
                request.employeeId(), request.role(), request.capacity()));
    }

    @DeleteMapping("/{programId}/enrollments/{participantId}")
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Withdraw someone from the program", description = "Owners only. Publishes enrollment-withdrawn "
            + "(reason ADMIN_ACTION) per role left.")
    ParticipantResponse withdrawOnBehalf(Caller caller, @PathVariable String programId,
                                         @PathVariable String participantId,
                                         @Parameter(description = "The role to leave; every role when absent")
                                         @RequestParam(required = false) Role role) {
        return ParticipantResponse.of(enrollments.withdrawOnBehalf(caller, programId, participantId, role));
    }

    private ProgramResponse view(Program program) {
        return ProgramResponse.of(program, clock.instant());
    }
}
