package io.pairwise.platform;

import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProgramClosed;
import io.pairwise.platform.messaging.EventHandler;
import io.pairwise.platform.outbox.Outbox;
import io.pairwise.platform.outbox.OutboxEntry;
import io.pairwise.platform.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import io.pairwise.platform.identity.CallerParticipant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service built on the kit: one aggregate with an outbox, one API, two event handlers. */
@SpringBootApplication
public class KitTestApplication {

    @Document("widgets")
    public record Widget(@Id String id, String name, int size, List<OutboxEntry> outbox) {
    }

    public record NewWidget(@NotBlank @Size(max = 40) String name, @Min(1) int size) {
    }

    @RestController
    static class WidgetController {

        private final MongoTemplate mongo;
        private final Outbox outbox;

        WidgetController(MongoTemplate mongo, Outbox outbox) {
            this.mongo = mongo;
            this.outbox = outbox;
        }

        @PostMapping("/api/v1/widgets")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> create(@Valid @RequestBody NewWidget request) {
            String id = UUID.randomUUID().toString();
            // The state and its event in one document write.
            mongo.insert(new Widget(id, request.name(), request.size(),
                    new ArrayList<>(outbox.entries(new ProgramClosed(id, request.name(), Instant.now())))));
            return Map.of("id", id);
        }

        /** Who the kit says the caller is, as a participant and as a login. */
        @GetMapping("/api/v1/whoami")
        Map<String, String> whoami(@AuthenticationPrincipal Jwt caller) {
            return Map.of("participant", CallerParticipant.id(caller), "login", caller.getSubject());
        }

        @GetMapping("/api/v1/widgets/{id}")
        Widget get(@PathVariable String id) {
            Widget widget = mongo.findById(id, Widget.class);
            if (widget == null) {
                throw new ResourceNotFoundException("widget", id);
            }
            return widget;
        }
    }

    /** Remembers the trace and correlation id each closed program's event was handled in. */
    @Component
    public static class ClosureHandler implements EventHandler<ProgramClosed> {

        public final Map<String, String> traceIds = new ConcurrentHashMap<>();
        public final Map<String, String> correlationIds = new ConcurrentHashMap<>();

        @Override
        public Class<ProgramClosed> eventType() {
            return ProgramClosed.class;
        }

        @Override
        public void handle(ProgramClosed event, EventEnvelope envelope) {
            traceIds.put(event.programId(), String.valueOf(MDC.get("traceId")));
            correlationIds.put(event.programId(), String.valueOf(MDC.get("correlationId")));
        }
    }

    /**
     * Records what it handled. Participant ids steer failures: {@code flaky-*} fails twice then works,
     * {@code store-away-*} fails six times as an unreachable store does,
     * {@code broken-*} fails until the id is in {@link #fixed}.
     */
    @Component
    public static class ErasureHandler implements EventHandler<ParticipantErased> {

        public final List<String> handled = new CopyOnWriteArrayList<>();
        public final Set<String> fixed = ConcurrentHashMap.newKeySet();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @Override
        public Class<ParticipantErased> eventType() {
            return ParticipantErased.class;
        }

        @Override
        public void handle(ParticipantErased event, EventEnvelope envelope) {
            String participant = event.participantId();
            int attempt = attempts.computeIfAbsent(envelope.id(), id -> new AtomicInteger()).incrementAndGet();
            if (participant.startsWith("flaky-") && attempt <= 2) {
                throw new IllegalStateException("transient failure " + attempt);
            }
            if (participant.startsWith("store-away-") && attempt <= 6) {
                throw new DataAccessResourceFailureException("the store is away (attempt " + attempt + ")");
            }
            if (participant.startsWith("broken-") && !fixed.contains(participant)) {
                throw new IllegalStateException("handler cannot process " + participant);
            }
            handled.add(participant);
        }

        public int attempts(String eventId) {
            AtomicInteger count = attempts.get(eventId);
            return count == null ? 0 : count.get();
        }
    }
}
