package io.pairwise.notification.api;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.delivery.ChannelBreakers;
import io.pairwise.notification.delivery.Notifier;
import io.pairwise.notification.domain.DeliveryStatus;
import io.pairwise.notification.domain.NotificationRequest;
import io.pairwise.notification.domain.NotificationType;
import io.pairwise.notification.persistence.Delivery;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.notification.persistence.ProgramStore;
import io.pairwise.notification.persistence.RecipientStore;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/**
 * For program admins and operators: program announcements, permanent delivery failures and the state of
 * each channel. A program admin acts on the programs they own only; anything else is 404.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Administration", description = "Announcements, failed deliveries, channel health")
@Validated
class AdminController {

    private final DeliveryStore deliveries;
    private final ProgramStore programs;
    private final RecipientStore recipients;
    private final Notifier notifier;
    private final ChannelBreakers breakers;

    AdminController(DeliveryStore deliveries, ProgramStore programs, RecipientStore recipients, Notifier notifier,
                    ChannelBreakers breakers) {
        this.deliveries = deliveries;
        this.programs = programs;
        this.recipients = recipients;
        this.notifier = notifier;
        this.breakers = breakers;
    }

    /** @param announcementId optional; a retry with the same id sends nothing twice */
    record AnnouncementRequest(@Pattern(regexp = "[A-Za-z0-9-]{1,64}") String announcementId,
                               @NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 4000) String message) {
    }

    record AnnouncementAccepted(String announcementId, int recipients, int deliveries) {
    }

    /** A delivery's bookkeeping, never its content. */
    record DeliveryView(String notificationId, String recipientId, NotificationChannel channel, String type,
                        String programId, String sourceEventId, DeliveryStatus status, int attempts,
                        FailureReason failureReason, Instant createdAt, Instant sentAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.recipientId(), d.channel(), d.type().key(), d.programId(),
                    d.sourceEventId(), d.status(), d.attempts(), d.failureReason(), d.createdAt(), d.sentAt());
        }
    }

    record ChannelState(NotificationChannel channel, String breakerState, float failureRate) {
    }

    @PostMapping("/programs/{programId}/announcements")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('PROGRAM_ADMIN')")
    @Operation(summary = "Announces something to every participant enrolled in the program")
    AnnouncementAccepted announce(@AuthenticationPrincipal Jwt caller, @PathVariable String programId,
                                  @Valid @RequestBody AnnouncementRequest request) {
        ProgramStore.Program program = ownedProgram(caller, programId);
        String announcementId = request.announcementId() == null ? UUID.randomUUID().toString()
                : request.announcementId();
        List<String> members = recipients.membersOf(programId);
        List<NotificationRequest> requests = members.stream().map(member -> new NotificationRequest(
                NotificationType.PROGRAM_ANNOUNCEMENT, member, programId, Map.of("programName",
                program.name() == null ? programId : program.name(), "title", request.title(),
                "message", request.message()))).toList();
        int created = notifier.notify(requests, "announcement:" + programId + ":" + announcementId, null);
        return new AnnouncementAccepted(announcementId, members.size(), created);
    }

    @GetMapping("/failures")
    @PreAuthorize("hasAnyRole('OPERATOR', 'PROGRAM_ADMIN')")
    @Operation(summary = "Deliveries that failed for good, newest first; program admins must name their program")
    List<DeliveryView> failures(Authentication authentication, @AuthenticationPrincipal Jwt caller,
                                  @RequestParam(required = false) String programId,
                                  @RequestParam(required = false) NotificationChannel channel,
                                  @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        boolean operator = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_OPERATOR".equals(a.getAuthority()));
        if (!operator) {
            if (programId == null) {
                throw new InvalidRequestException(List.of(new io.pairwise.platform.web.FieldError("programId",
                        "is required for program admins", null)));
            }
            ownedProgram(caller, programId);
        }
        return deliveries.failures(programId, channel, limit).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/deliveries")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Every delivery one cause made (an event id, or a reminder's or announcement's key)")
    List<DeliveryView> deliveriesOf(@RequestParam @NotBlank String source) {
        return deliveries.ofSource(source).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/channels")
    @PreAuthorize("hasAnyRole('OPERATOR', 'PROGRAM_ADMIN')")
    @Operation(summary = "Each channel's circuit breaker state and recent failure rate")
    List<ChannelState> channels() {
        return Arrays.stream(NotificationChannel.values()).map(channel -> {
            CircuitBreaker breaker = breakers.of(channel);
            return new ChannelState(channel, breaker.getState().name(), breaker.getMetrics().getFailureRate());
        }).toList();
    }

    private ProgramStore.Program ownedProgram(Jwt caller, String programId) {
        return programs.find(programId).filter(p -> p.ownerIds().contains(caller.getSubject()))
                .orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    }
}
