package io.pairwise.matching.messaging;

import io.pairwise.contracts.profile.Enrollment;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.contracts.profile.ProgramClosed;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.profile.ProgramUpdated;
import io.pairwise.contracts.profile.Role;
import io.pairwise.matching.domain.lifecycle.CapacityLedger;
import io.pairwise.matching.domain.lifecycle.Enrollee;
import io.pairwise.matching.domain.lifecycle.MentorshipService;
import io.pairwise.matching.domain.lifecycle.Pools;
import io.pairwise.matching.domain.lifecycle.Program;
import io.pairwise.matching.persistence.MongoProgramDirectory;
import io.pairwise.platform.messaging.EventHandler;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read model is built from profile's events only. Every handler is an upsert that keeps the newest
 * announcement, so a redelivered or late event changes nothing; mentors' places follow their capacity.
 */
@Configuration(proxyBeanMethods = false)
class EventHandlersConfiguration {

    @Bean
    EventHandler<ProgramCreated> programCreated(MongoProgramDirectory directory, CapacityLedger ledger) {
        return EventHandler.of(ProgramCreated.class, (event, envelope) -> {
            directory.program(event.programId(), event.program(), event.occurredAt());
            allPlaces(directory, ledger, event.programId());
        });
    }

    @Bean
    EventHandler<ProgramUpdated> programUpdated(MongoProgramDirectory directory, CapacityLedger ledger) {
        return EventHandler.of(ProgramUpdated.class, (event, envelope) -> {
            directory.program(event.programId(), event.program(), event.occurredAt());
            allPlaces(directory, ledger, event.programId());
        });
    }

    @Bean
    EventHandler<ProgramClosed> programClosed(MongoProgramDirectory directory) {
        return EventHandler.of(ProgramClosed.class, (event, envelope) ->
                directory.close(event.programId(), event.occurredAt()));
    }

    @Bean
    EventHandler<MentorRegistered> mentorRegistered(MongoProgramDirectory directory, CapacityLedger ledger) {
        return EventHandler.of(MentorRegistered.class, (event, envelope) -> {
            directory.enroll(event.participantId(), event.programId(), Role.MENTOR, event.profile(), event.capacity(),
                    event.occurredAt());
            refreshPlaces(directory, ledger, event.programId(), event.participantId());
        });
    }

    @Bean
    EventHandler<MenteeRegistered> menteeRegistered(MongoProgramDirectory directory) {
        return EventHandler.of(MenteeRegistered.class, (event, envelope) -> directory.enroll(event.participantId(),
                event.programId(), Role.MENTEE, event.profile(), 0, event.occurredAt()));
    }

    @Bean
    EventHandler<ProfileUpdated> profileUpdated(MongoProgramDirectory directory, CapacityLedger ledger) {
        return EventHandler.of(ProfileUpdated.class, (event, envelope) -> {
            Set<String> listed = event.enrollments().stream()
                    .map(e -> MongoProgramDirectory.enrollmentId(e.programId(), e.role(), event.participantId()))
                    .collect(Collectors.toSet());
            for (Enrollment enrollment : event.enrollments()) {
                int capacity = enrollment.capacity() == null ? 0 : enrollment.capacity();
                directory.enroll(event.participantId(), enrollment.programId(), enrollment.role(), event.profile(),
                        capacity, event.occurredAt());
                if (enrollment.role() == Role.MENTOR) {
                    refreshPlaces(directory, ledger, enrollment.programId(), event.participantId());
                }
            }
            directory.profile(event.participantId(), event.profile(), listed, event.occurredAt());
        });
    }

    @Bean
    EventHandler<EnrollmentWithdrawn> enrollmentWithdrawn(MongoProgramDirectory directory) {
        return EventHandler.of(EnrollmentWithdrawn.class, (event, envelope) ->
                directory.withdraw(event.participantId(), event.programId(), event.role(), event.occurredAt()));
    }

    @Bean
    EventHandler<ParticipantErased> participantErased(MongoProgramDirectory directory, MentorshipService mentorships) {
        return EventHandler.of(ParticipantErased.class, (event, envelope) -> {
            mentorships.erase(event.participantId());
            directory.erase(event.participantId());
        });
    }

    /** Mentors may enrol before the program is known here; their places follow once it is. */
    private static void allPlaces(MongoProgramDirectory directory, CapacityLedger ledger, String programId) {
        directory.program(programId).ifPresent(program -> directory.enrolled(programId, Role.MENTOR)
                .forEach(mentor -> places(ledger, program, mentor)));
    }

    private static void refreshPlaces(MongoProgramDirectory directory, CapacityLedger ledger, String programId,
                                      String mentorId) {
        directory.program(programId).ifPresent(program -> directory.enrollee(programId, Role.MENTOR, mentorId)
                .ifPresent(mentor -> places(ledger, program, mentor)));
    }

    private static void places(CapacityLedger ledger, Program program, Enrollee mentor) {
        ledger.setCapacity(program.id(), mentor.participantId(), Pools.capacityOf(program, mentor));
    }
}
