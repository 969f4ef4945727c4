package io.pairwise.platform;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.pairwise.platform.observability.RequestContext;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** What every part of the kit shares: the clock and the request context (correlation id, trace). */
@AutoConfiguration
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    RequestContext requestContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new RequestContext(tracer.getIfAvailable(), propagator.getIfAvailable());
    }
}
