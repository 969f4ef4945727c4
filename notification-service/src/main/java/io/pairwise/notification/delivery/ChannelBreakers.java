package io.pairwise.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pairwise.contracts.notification.NotificationChannel;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per channel: when the SMTP server or the chat webhooks keep failing, the workers
 * stop calling them for a while and leave the deliveries pending, instead of burning their attempts.
 * Only transient failures count; a refused address says nothing about the server.
 */
@Component
public class ChannelBreakers {

    private static final Logger log = LoggerFactory.getLogger(ChannelBreakers.class);

    private final Map<NotificationChannel, CircuitBreaker> breakers = new EnumMap<>(NotificationChannel.class);

    public ChannelBreakers(DeliveryProperties properties, MeterRegistry meters) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(10, properties.breakerMinimumCalls()))
                .minimumNumberOfCalls(properties.breakerMinimumCalls())
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof DeliveryException failure && !failure.permanent())
                .build();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
        for (NotificationChannel channel : NotificationChannel.values()) {
            CircuitBreaker breaker = registry.circuitBreaker(channel.name().toLowerCase());
            breaker.getEventPublisher().onStateTransition(event ->
                    log.warn("Circuit breaker of channel {}: {}", channel, event.getStateTransition()));
            breakers.put(channel, breaker);
            Gauge.builder("pairwise.notifications.breaker.state", breaker, ChannelBreakers::stateValue)
                    .description("Circuit breaker state per channel: 0 closed, 1 open, 2 half-open")
                    .tag("channel", channel.name())
                    .register(meters);
        }
    }

    public CircuitBreaker of(NotificationChannel channel) {
        return breakers.get(channel);
    }

    private static double stateValue(CircuitBreaker breaker) {
        return switch (breaker.getState()) {
            case CLOSED, DISABLED, METRICS_ONLY -> 0;
            case OPEN, FORCED_OPEN -> 1;
            case HALF_OPEN -> 2;
        };
    }
}
