package io.pairwise.platform.messaging;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The service's handlers, by event type. */
public class EventHandlers {

    private final Map<Class<?>, List<EventHandler<?>>> byType;

    public EventHandlers(List<EventHandler<?>> handlers) {
        this.byType = handlers.stream().collect(Collectors.groupingBy(EventHandler::eventType));
    }

    public boolean handles(Class<?> eventType) {
        return byType.containsKey(eventType);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public void dispatch(EventEnvelope envelope) {
        DomainEvent data = envelope.data();
        for (EventHandler handler : byType.getOrDefault(data.getClass(), List.of())) {
            handler.handle(data, envelope);
        }
    }
}
