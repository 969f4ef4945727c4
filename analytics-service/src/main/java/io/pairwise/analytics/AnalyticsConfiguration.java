package io.pairwise.analytics;

import io.pairwise.analytics.domain.Analytics;
import io.pairwise.analytics.domain.AtRiskRulesStore;
import io.pairwise.analytics.domain.FactSource;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain-Java domain to its stores; schedules the headline gauges. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnalyticsConfiguration {

    @Bean
    Analytics analytics(FactSource facts, AtRiskRulesStore rules, Clock clock) {
        return new Analytics(facts, rules, clock);
    }
}
