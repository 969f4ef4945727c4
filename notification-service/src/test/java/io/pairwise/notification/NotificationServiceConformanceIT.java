package io.pairwise.notification;

import io.pairwise.testsupport.ServiceConformanceChecks;

/** The notification service keeps the platform's promises: probes, metrics, API document, problem responses, security. */
class NotificationServiceConformanceIT extends ServiceConformanceChecks {
}
