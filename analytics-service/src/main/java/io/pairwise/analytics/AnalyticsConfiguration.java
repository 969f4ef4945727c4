package io.pairwise.analytics;

import io.pairwise.analytics.domain.Analytics;
import io.pairwise.analytics.domain.AtRiskRulesStore;
import io.pairwise.analytics.domain.FactSource;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java domain to its stores; schedules the headline gauges. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnalyticsConfiguration {

    @Bean
    Analytics analytics(FactSource facts, AtRiskRulesStore rules, Clock clock,
                        @Value("${pairwise.analytics.read-cache-max-age:PT5S}") Duration maxAge) {
        return new Analytics(facts, rules, clock, maxAge);
    }
}
