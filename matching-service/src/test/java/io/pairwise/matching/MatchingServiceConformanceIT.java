package io.pairwise.matching;

import io.pairwise.testsupport.ServiceConformanceChecks;

/** The matching service keeps the platform's promises: probes, metrics, API document, problem responses, security. */
class MatchingServiceConformanceIT extends ServiceConformanceChecks {
}
