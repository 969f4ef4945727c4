package io.pairwise.session;

import io.pairwise.session.domain.CalendarFeedRepository;
import io.pairwise.session.domain.CalendarFeeds;
import io.pairwise.session.domain.MentorshipRepository;
import io.pairwise.session.domain.MentorshipService;
import io.pairwise.session.domain.ParticipantDirectory;
import io.pairwise.session.domain.ParticipantErasure;
import io.pairwise.session.domain.ParticipantLocks;
import io.pairwise.session.domain.SessionRepository;
import io.pairwise.session.domain.SessionService;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the plain-Java domain services to their stores, and runs the platform's own periodic work. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SessionServiceConfiguration {

    /**
     * The domain's clock ticks in milliseconds, the precision MongoDB stores, so a time in an event equals
     * the same time read back later (e.g. a goal's setAt on goal-set and on goal-achieved).
     */
    private static Clock millis(Clock clock) {
        return Clock.tick(clock, Duration.ofMillis(1));
    }

    @Bean
    SessionService sessionService(MentorshipRepository mentorships, SessionRepository sessions, ParticipantLocks locks,
                                  Clock clock) {
        return new SessionService(mentorships, sessions, locks, millis(clock));
    }

    @Bean
    MentorshipService mentorshipService(MentorshipRepository mentorships, SessionRepository sessions,
                                        SessionService sessionService, Clock clock) {
        return new MentorshipService(mentorships, sessions, sessionService, millis(clock));
    }

    @Bean
    ParticipantErasure participantErasure(MentorshipRepository mentorships, SessionService sessions,
                                          ParticipantDirectory directory, CalendarFeedRepository feeds) {
        return new ParticipantErasure(mentorships, sessions, directory, feeds);
    }

    @Bean
    CalendarFeeds calendarFeeds(CalendarFeedRepository feeds, SessionRepository sessions, Clock clock) {
        return new CalendarFeeds(feeds, sessions, millis(clock));
    }

    @Bean
    UnrecordedSessionSweep unrecordedSessionSweep(SessionService sessions,
                                                  @Value("${pairwise.sessions.missed-after:P3D}") Duration grace) {
        return new UnrecordedSessionSweep(sessions, grace);
    }

    /**
     * Marks sessions nobody recorded within the grace period after their end as missed. Safe with several
     * instances: each session changes by a conditional write, so only one instance marks it.
     */
    static class UnrecordedSessionSweep {

        private static final Logger log = LoggerFactory.getLogger(UnrecordedSessionSweep.class);

        private final SessionService sessions;
        private final Duration grace;

        UnrecordedSessionSweep(SessionService sessions, Duration grace) {
            this.sessions = sessions;
            this.grace = grace;
        }

        @Scheduled(initialDelayString = "${pairwise.sessions.sweep-initial-delay:PT1M}",
                fixedDelayString = "${pairwise.sessions.sweep-interval:PT15M}")
        void sweep() {
            try {
                int marked = sessions.markUnrecordedMissed(grace);
                if (marked > 0) {
                    log.info("Marked {} unrecorded sessions as missed", marked);
                }
            } catch (RuntimeException e) {
                // The store is away; the next run catches up.
                log.warn("Sweep of unrecorded sessions failed: {}", e.getMessage());
            }
        }
    }
}
