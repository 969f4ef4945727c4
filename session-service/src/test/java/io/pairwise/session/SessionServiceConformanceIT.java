package io.pairwise.session;

import io.pairwise.testsupport.ServiceConformanceChecks;

/** The session service keeps the platform's promises: probes, metrics, API document, problem responses, security. */
class SessionServiceConformanceIT extends ServiceConformanceChecks {
}
