package io.pairwise.profile;

import io.pairwise.testsupport.ServiceConformanceChecks;

/** The profile service keeps the platform's promises: probes, metrics, API document, problem responses, security. */
class ProfileServiceConformanceIT extends ServiceConformanceChecks {
}
