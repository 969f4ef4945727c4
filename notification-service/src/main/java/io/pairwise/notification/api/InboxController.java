package io.pairwise.notification.api;

import io.pairwise.platform.identity.CallerParticipant;
import io.pairwise.notification.persistence.Delivery;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app inbox; nobody sees another person's entries (404, not 403). */
@RestController
@RequestMapping("/api/v1/notifications/inbox")
@Tag(name = "Inbox", description = "In-app notifications of the caller")
@PreAuthorize("hasRole('PARTICIPANT')")
@Validated
class InboxController {

    private final DeliveryStore deliveries;
    private final Clock clock;

    InboxController(DeliveryStore deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    record InboxEntry(String id, String type, String title, String body, String programId, Instant receivedAt,
                      boolean read, Instant readAt) {

        static InboxEntry of(Delivery d) {
            return new InboxEntry(d.id(), d.type().key(), d.title(), d.body(), d.programId(), d.sentAt(),
                    d.readAt() != null, d.readAt());
        }
    }

    record UnreadCount(long unread) {
    }

    record MarkedRead(long marked) {
    }

    @GetMapping
    @Operation(summary = "The caller's inbox, newest first")
    List<InboxEntry> list(@AuthenticationPrincipal Jwt caller,
                          @RequestParam(defaultValue = "false") boolean unreadOnly,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return deliveries.inbox(CallerParticipant.id(caller), unreadOnly, limit).stream().map(InboxEntry::of).toList();
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many inbox entries the caller has not read")
    UnreadCount unreadCount(@AuthenticationPrincipal Jwt caller) {
        return new UnreadCount(deliveries.unreadCount(CallerParticipant.id(caller)));
    }

    @PostMapping("/{notificationId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Marks one inbox entry read")
    void markRead(@AuthenticationPrincipal Jwt caller, @PathVariable String notificationId) {
        if (!deliveries.markRead(CallerParticipant.id(caller), notificationId, clock.instant())) {
            throw new ResourceNotFoundException("Notification", notificationId);
        }
    }

    @PostMapping("/read-all")
    @Operation(summary = "Marks every inbox entry of the caller read")
    MarkedRead markAllRead(@AuthenticationPrincipal Jwt caller) {
        return new MarkedRead(deliveries.markAllRead(CallerParticipant.id(caller), clock.instant()));
    }
}
