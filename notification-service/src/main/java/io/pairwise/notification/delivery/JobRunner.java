package io.pairwise.notification.delivery;

import io.pairwise.notification.domain.EventNotifications;
import io.pairwise.notification.domain.NotificationRequest;
import io.pairwise.notification.domain.NotificationType;
import io.pairwise.notification.domain.Schedule;
import io.pairwise.notification.persistence.Job;
import io.pairwise.notification.persistence.JobStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fires reminders and nudges when they fall due. Each instance claims due jobs with a lease; a job's
 * deliveries are keyed on the job and its due time, so a run repeated after a crash creates nothing new.
 */
@Component
public class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore jobs;
    private final Notifier notifier;
    private final EventNotifications notifications;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final String owner = "jobs-" + UUID.randomUUID();
    private final PollingLoop loop;

    public JobRunner(JobStore jobs, Notifier notifier, EventNotifications notifications, DeliveryProperties properties,
                     Clock clock) {
        this.jobs = jobs;
        this.notifier = notifier;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
        this.loop = new PollingLoop("job-runner", properties.pollInterval(), this::runDue);
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Fires every job due now; returns how many it fired. */
    public int runDue() {
        int fired = 0;
        for (Optional<Job> next = claim(); next.isPresent() && fired < properties.batchSize(); next = claim()) {
            fire(next.get());
            fired++;
        }
        return fired;
    }

    private Optional<Job> claim() {
        return jobs.claimDue(owner, clock.instant(), properties.lease());
    }

    private void fire(Job job) {
        String sourceKey = job.id() + "@" + job.dueAt();
        switch (job.kind()) {
            case SESSION_REMINDER -> {
                notifier.notify(notifications.reminders(job.mentorshipId(), job.sessionId(), job.programId(),
                        job.memberIds(), job.startsAt(), job.leadHours()), sourceKey, null);
                jobs.complete(job, owner);
            }
            case CADENCE_NUDGE -> {
                notifier.notify(nudges(NotificationType.CADENCE_NUDGE, job, job.memberIds(),
                        Map.of("cadenceDays", job.cadenceDays())), sourceKey, null);
                Instant next = Schedule.cadenceNudgeAt(clock.instant(), job.cadenceDays());
                jobs.reschedule(job, owner, next);
            }
            case MATCH_REQUEST_NUDGE -> {
                notifier.notify(nudges(NotificationType.MATCH_REQUEST_NUDGE, job, job.recipients(), Map.of()),
                        sourceKey, null);
                jobs.complete(job, owner);
            }
            case PLANNED_END_NUDGE -> {
                notifier.notify(nudges(NotificationType.PLANNED_END_NUDGE, job, job.memberIds(),
                        job.plannedEndDate() == null ? Map.of() : Map.of("plannedEndDate", job.plannedEndDate())),
                        sourceKey, null);
                jobs.complete(job, owner);
            }
        }
        log.info("Fired {} {}", job.kind(), job.id());
    }

    private List<NotificationRequest> nudges(NotificationType type, Job job, List<String> recipients,
                                             Map<String, Object> extra) {
        return notifications.nudges(type, job.mentorshipId(), job.programId(), job.memberIds(), recipients, extra);
    }
}
