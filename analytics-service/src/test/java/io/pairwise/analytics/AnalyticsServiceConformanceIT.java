package io.pairwise.analytics;

import io.pairwise.testsupport.ServiceConformanceChecks;

/** The analytics service keeps the platform's promises: probes, metrics, API document, problem responses, security. */
class AnalyticsServiceConformanceIT extends ServiceConformanceChecks {
}
