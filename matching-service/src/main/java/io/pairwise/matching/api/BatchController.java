package io.pairwise.matching.api;

import io.pairwise.matching.api.Views.BatchView;
import io.pairwise.matching.api.Views.DraftPairView;
import io.pairwise.matching.api.Views.Page;
import io.pairwise.matching.domain.lifecycle.BatchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matching/batches/{batchId}")
@Tag(name = "Batches", description = "A batch optimisation's progress and draft: inspect, edit, publish (program owners)")
@PreAuthorize("hasRole('PROGRAM_ADMIN')")
@Validated
class BatchController {

    private final BatchService batches;

    BatchController(BatchService batches) {
        this.batches = batches;
    }

    @GetMapping
    @Operation(summary = "The job: status and progress while it runs; totals and every unmatched participant's reason after")
    BatchView get(@AuthenticationPrincipal Jwt caller, @PathVariable String batchId) {
        return BatchView.of(batches.job(batchId, Callers.login(caller)));
    }

    @GetMapping("/pairs")
    @Operation(summary = "The draft's pairs with score, contributions and reasons, by mentee id")
    Page<DraftPairView> pairs(@AuthenticationPrincipal Jwt caller, @PathVariable String batchId,
                              @RequestParam(defaultValue = "0") @Min(0) int offset,
                              @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        var pairs = batches.pairs(batchId, Callers.login(caller), offset, limit).stream().map(DraftPairView::of).toList();
        return new Page<>(pairs, batches.pairCount(batchId), offset, limit);
    }

    @Schema(description = "One change to the draft: ADD or MOVE a mentee to a mentor, or REMOVE the mentee's pair. "
            + "In peer programs menteeId and mentorId are the two peers.")
    record EditRequest(@NotNull BatchService.EditAction action, @NotBlank String menteeId, String mentorId) {
    }

    @PostMapping("/edits")
    @Operation(summary = "Edit the draft; a pair breaking a hard constraint or a full mentor is refused with a 409")
    BatchView edit(@AuthenticationPrincipal Jwt caller, @PathVariable String batchId,
                   @Valid @RequestBody EditRequest request) {
        return BatchView.of(batches.edit(batchId, Callers.login(caller), request.action(), request.menteeId(),
                request.mentorId()));
    }

    @PostMapping("/publish")
    @Operation(summary = "Publish the draft",
            description = "Admin-batch programs: pairs (or groups) become active at once. Automatic and mentee-choice "
                    + "programs: proposals every member accepts. A pair whose mentor has no place left is counted in "
                    + "conflicts and not published.")
    BatchView publish(@AuthenticationPrincipal Jwt caller, @PathVariable String batchId) {
        return BatchView.of(batches.publish(batchId, Callers.login(caller)));
    }
}
