package io.pairwise.profile.api;

import io.pairwise.profile.application.ImportService;
import io.pairwise.profile.domain.Caller;
import io.pairwise.profile.domain.ImportJob;
import io.pairwise.profile.domain.ImportRowError;
import io.pairwise.profile.domain.ImportStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/profile/imports")
@PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'SERVICE')")
@Tag(name = "Imports", description = "Bulk import of HR exports (CSV) as jobs with progress and per-row errors")
class ImportController {

    private static final String EXAMPLE = """
            employee_id,user_name,display_name,email,job_title,department,location,manager_employee_id,time_zone,languages,preferred_locale,career_stage,years_of_experience
            E10442,ingrid,Ingrid Schäfer,ingrid.schaefer@example.com,Engineering Manager,Platform Engineering,Berlin,E10007,Europe/Berlin,de;en,de-DE,SENIOR,14
            """;

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Schema(description = "An import job and its progress")
    record ImportJobResponse(String id, ImportStatus status,
                             @Schema(description = "Data rows in the file") int total,
                             @Schema(description = "Rows done so far") int processed, int created, int updated,
                             int unchanged, @Schema(description = "Rows refused; see the errors") int failed,
                             Instant createdAt, Instant startedAt, Instant finishedAt, String failure) {

        static ImportJobResponse of(ImportJob job) {
            return new ImportJobResponse(job.id(), job.status(), job.total(), job.processed(), job.created(),
                    job.updated(), job.unchanged(), job.failed(), job.createdAt(), job.startedAt(), job.finishedAt(),
                    job.failure());
        }
    }

    record RowError(@Schema(description = "Record number in the file; the header is row 1") int row,
                    String employeeId, List<ImportRowError.Problem> problems) {
    }

    @PostMapping(consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Start an import", description = "Columns (header names ignore case, spaces, dashes and "
            + "underscores): employee_id, display_name, email, department are required; user_name (default: the "
            + "e-mail), job_title, location, manager_employee_id, time_zone, languages (separated by ; or |), "
            + "preferred_locale, career_stage, years_of_experience are optional. Rows are matched on employee_id: "
            + "a re-run updates, never duplicates. HR's columns overwrite (a blank cell clears job title, location or "
            + "manager); time zone, languages, locale, stage and experience are only filled in, never cleared.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "text/csv", schema = @Schema(type = "string", example = EXAMPLE))))
    @ApiResponse(responseCode = "202", description = "Queued; follow Location for progress")
    ResponseEntity<ImportJobResponse> start(Caller caller, @RequestBody String csv) {
        ImportJob job = imports.start(caller, csv);
        return ResponseEntity.accepted().location(URI.create("/api/v1/profile/imports/" + job.id()))
                .body(ImportJobResponse.of(job));
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "Read an import's progress", description = "For the one who started it.")
    ImportJobResponse get(Caller caller, @PathVariable String jobId) {
        return ImportJobResponse.of(imports.get(caller, jobId));
    }

    @GetMapping("/{jobId}/errors")
    @Operation(summary = "List an import's row errors", description = "In row order, with cursor pagination. "
            + "Rejected values are not kept.")
    PageResponse<RowError> errors(Caller caller, @PathVariable String jobId,
                                  @Parameter(description = ApiDocs.CURSOR) @RequestParam(required = false)
                                  @Size(max = 200) String cursor,
                                  @Parameter(description = ApiDocs.LIMIT) @RequestParam(defaultValue = "100")
                                  @Min(1) @Max(200) int limit) {
        return PageResponse.of(imports.errors(caller, jobId, cursor, limit),
                e -> new RowError(e.row(), e.employeeId(), e.problems()));
    }
}
