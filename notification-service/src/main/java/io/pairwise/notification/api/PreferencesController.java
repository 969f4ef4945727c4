package io.pairwise.notification.api;

import io.pairwise.platform.identity.CallerParticipant;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.notification.delivery.DeliveryProperties;
import io.pairwise.notification.domain.ChatWebhook;
import io.pairwise.notification.domain.NotificationType;
import io.pairwise.notification.domain.Preferences;
import io.pairwise.notification.domain.QuietHours;
import io.pairwise.notification.persistence.PreferenceStore;
import io.pairwise.platform.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notification preferences: channels per type, quiet hours, daily digest, chat webhook. */
@RestController
@RequestMapping("/api/v1/notifications/preferences")
@Tag(name = "Preferences", description = "How the caller wants to be notified")
@PreAuthorize("hasRole('PARTICIPANT')")
class PreferencesController {

    private final PreferenceStore preferences;
    private final DeliveryProperties properties;

    PreferencesController(PreferenceStore preferences, DeliveryProperties properties) {
        this.preferences = preferences;
        this.properties = properties;
    }

    /** Quiet hours as local times in the caller's own zone (from their profile). */
    record QuietHoursView(@NotNull LocalTime start, @NotNull LocalTime end) {
    }

    record WebhookView(@NotNull ChatWebhook.Format format, @NotNull String url) {
    }

    /**
     * @param channels per type key, e.g. {@code "session-reminder": ["EMAIL", "CHAT_WEBHOOK"]}; types left
     *                 out keep e-mail and inbox
     */
    record PreferencesRequest(Map<String, Set<NotificationChannel>> channels, @Valid QuietHoursView quietHours,
                              Boolean dailyDigest, LocalTime digestAt, @Valid WebhookView webhook) {
    }

    record TypeView(String type, boolean mandatory, Set<NotificationChannel> channels) {
    }

    record PreferencesView(List<TypeView> types, QuietHoursView quietHours, boolean dailyDigest, LocalTime digestAt,
                           WebhookView webhook) {
    }

    @GetMapping
    @Operation(summary = "The caller's preferences, with the effective channels of every notification type")
    PreferencesView get(@AuthenticationPrincipal Jwt caller) {
        return view(preferences.find(CallerParticipant.id(caller)));
    }

    @PutMapping
    @Operation(summary = "Replaces the caller's preferences; mandatory types cannot be switched off")
    PreferencesView put(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody PreferencesRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Map<NotificationType, Set<NotificationChannel>> channels = new EnumMap<>(NotificationType.class);
        Optional.ofNullable(request.channels()).orElse(Map.of()).forEach((key, chosen) -> {
            Optional<NotificationType> type = NotificationType.byKey(key);
            if (type.isEmpty()) {
                errors.add(new FieldError("channels." + key, "is not a notification type", key));
            } else if (chosen == null || chosen.contains(null)) {
                errors.add(new FieldError("channels." + key, "must list channels", chosen));
            } else {
                channels.put(type.get(), chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen));
            }
        });
        Preferences candidate = new Preferences(CallerParticipant.id(caller), channels,
                request.quietHours() == null ? null
                        : new QuietHours(request.quietHours().start(), request.quietHours().end()),
                Boolean.TRUE.equals(request.dailyDigest()), request.digestAt(),
                request.webhook() == null ? null : new ChatWebhook(request.webhook().format(), request.webhook().url()));
        candidate.violations(properties.webhookPolicy()).forEach(v ->
                errors.add(new FieldError(v.field(), v.message(), v.rejectedValue())));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        preferences.save(candidate);
        return view(candidate);
    }

    private static PreferencesView view(Preferences p) {
        List<TypeView> types = Arrays.stream(NotificationType.values())
                .map(type -> new TypeView(type.key(), type.mandatory(), p.channelsFor(type))).toList();
        return new PreferencesView(types,
                p.quietHours() == null ? null : new QuietHoursView(p.quietHours().start(), p.quietHours().end()),
                p.dailyDigest(), p.digestAt(),
                p.webhook() == null ? null : new WebhookView(p.webhook().format(), p.webhook().url()));
    }
}
