package io.pairwise.analytics.api;

import io.pairwise.analytics.domain.Rebuild;
import io.pairwise.analytics.messaging.Rebuilder;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the projections from offset zero, and following its progress. */
@RestController
@RequestMapping("/api/v1/analytics/rebuilds")
@Tag(name = "Projection rebuilds")
@PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'OPERATOR')")
class RebuildController {

    private final Rebuilder rebuilder;

    RebuildController(Rebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    /**
     * @param progress share of the events read, 0 to 1
     */
    record RebuildView(String id, Rebuild.Status status, int generation, long eventsRead, long eventsTotal,
                       double progress, Instant startedAt, Instant finishedAt, String requestedBy, String failure) {

        static RebuildView of(Rebuild r) {
            return new RebuildView(r.id(), r.status(), r.generation(), r.eventsRead(), r.eventsTotal(), r.progress(),
                    r.startedAt(), r.finishedAt(), r.requestedBy(), r.failure());
        }
    }

    @PostMapping
    @Operation(summary = "Starts rebuilding every projection from offset zero; the result is swapped in when done",
            description = "Answers 202 with the rebuild to follow, 409 while another rebuild runs.")
    ResponseEntity<RebuildView> start(@AuthenticationPrincipal Jwt jwt) {
        Rebuild rebuild = rebuilder.start(jwt.getSubject());
        return ResponseEntity.accepted().location(URI.create("/api/v1/analytics/rebuilds/" + rebuild.id()))
                .body(RebuildView.of(rebuild));
    }

    @GetMapping
    @Operation(summary = "The latest rebuilds, newest first")
    List<RebuildView> latest() {
        return rebuilder.latest().stream().map(RebuildView::of).toList();
    }

    @GetMapping("/{rebuildId}")
    @Operation(summary = "One rebuild's progress: events read of the total found at its start")
    RebuildView rebuild(@PathVariable String rebuildId) {
        return rebuilder.find(rebuildId).map(RebuildView::of)
                .orElseThrow(() -> new ResourceNotFoundException("rebuild", rebuildId));
    }
}
