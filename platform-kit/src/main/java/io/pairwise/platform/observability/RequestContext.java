package io.pairwise.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The request's correlation id and W3C trace context, captured when events are written and restored
 * when they are published or consumed, so one trace and one correlation id cross the outbox and Kafka.
 * Works without a tracer too (then only the correlation id travels).
 */
public class RequestContext {

    public static final String CORRELATION_ID_MDC = "correlationId";
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
    public static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public RequestContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public String currentCorrelationId() {
        return MDC.get(CORRELATION_ID_MDC);
    }

    /** The current span as a W3C {@code traceparent}, or null outside a trace. */
    public String currentTraceparent() {
        if (tracer == null || propagator == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        TraceContext context = span.context();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Runs work inside a new span whose parent is the given trace context, with the correlation id in
     * the logging context; instrumented clients called inside (Kafka template, listeners) join the trace.
     */
    public <T> T within(String spanName, String traceparent, String correlationId, Supplier<T> work) {
        String previousCorrelation = MDC.get(CORRELATION_ID_MDC);
        if (correlationId != null) {
            MDC.put(CORRELATION_ID_MDC, correlationId);
        }
        try {
            if (tracer == null || propagator == null || traceparent == null) {
                return work.get();
            }
            Span span = propagator.extract(traceparent, (carrier, key) -> TRACEPARENT.equals(key) ? carrier : null)
                    .name(spanName)
                    .start();
            try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
                return work.get();
            } catch (RuntimeException e) {
                span.error(e);
                throw e;
            } finally {
                span.end();
            }
        } finally {
            if (previousCorrelation == null) {
                MDC.remove(CORRELATION_ID_MDC);
            } else {
                MDC.put(CORRELATION_ID_MDC, previousCorrelation);
            }
        }
    }
}
