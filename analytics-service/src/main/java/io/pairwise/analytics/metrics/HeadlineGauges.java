package io.pairwise.analytics.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.pairwise.analytics.domain.Analytics;
import io.pairwise.analytics.domain.Figure;
import io.pairwise.analytics.domain.Overview;
import io.pairwise.analytics.domain.ProgramSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The headline figures as gauges, so Prometheus and Grafana can chart them: one series per open
 * program (at most {@code max-programs}, bounding the tag's cardinality) plus {@code program="all"}
 * for the company. Computed on a schedule, not on scrape; a suppressed figure has no series.
 */
@Component
class HeadlineGauges {

    static final String COMPANY = "all";
    private static final Logger log = LoggerFactory.getLogger(HeadlineGauges.class);

    private final Analytics analytics;
    private final int maxPrograms;
    private final Map<String, Function<Overview, Figure>> figures = new LinkedHashMap<>();
    private final Map<String, MultiGauge> gauges = new LinkedHashMap<>();

    HeadlineGauges(Analytics analytics, MeterRegistry meters,
                   @Value("${pairwise.analytics.gauges.max-programs:50}") int maxPrograms) {
        this.analytics = analytics;
        this.maxPrograms = maxPrograms;
        figures.put("pairwise.program.match.rate", o -> o.matching().matchRate());
        figures.put("pairwise.program.mentees.waitlisted", o -> o.enrollment().waitlist());
        figures.put("pairwise.program.mentorships.active", o -> o.mentorships().active());
        figures.put("pairwise.program.cadence.adherence", o -> o.sessions().cadenceAdherence());
        figures.put("pairwise.program.session.rating.average", o -> o.sessions().averageRating());
        figures.put("pairwise.program.mentorships.at.risk", o -> o.atRisk());
        figures.forEach((name, figure) -> gauges.put(name, MultiGauge.builder(name)
                .description("Program health headline figure; program=\"all\" is the whole company").register(meters)));
    }

    @Scheduled(initialDelayString = "${pairwise.analytics.gauges.initial-delay:PT5S}",
            fixedDelayString = "${pairwise.analytics.gauges.refresh:PT15S}")
    void refresh() {
        try {
            Map<String, Overview> overviews = new LinkedHashMap<>();
            overviews.put(COMPANY, analytics.overview(null));
            analytics.programs().stream().filter(p -> !p.closed()).limit(maxPrograms).map(ProgramSummary::programId)
                    .forEach(id -> overviews.put(id, analytics.overview(id)));
            figures.forEach((name, figure) -> {
                List<MultiGauge.Row<?>> rows = new ArrayList<>();
                overviews.forEach((program, overview) -> {
                    Figure value = figure.apply(overview);
                    if (!value.suppressed() && value.value() != null) {
                        rows.add(MultiGauge.Row.of(Tags.of("program", program), value.value()));
                    }
                });
                gauges.get(name).register(rows, true);
            });
        } catch (RuntimeException e) {
            log.warn("Headline gauges not refreshed", e);
        }
    }
}
