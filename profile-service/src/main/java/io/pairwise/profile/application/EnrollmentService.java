package io.pairwise.profile.application;

import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.profile.WithdrawalReason;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.pairwise.profile.domain.Caller;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.RoleChoice;
import io.pairwise.profile.persistence.ParticipantRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/** Enrolling in programs and leaving them, by participants themselves or by a program's owners for them. */
@Service
public class EnrollmentService {

    private final ParticipantService directory;
    private final ProgramService programs;
    private final ParticipantRepository participants;
    private final ParticipantWriter writer;
    private final Clock clock;

    EnrollmentService(ParticipantService directory, ProgramService programs, ParticipantRepository participants,
                      ParticipantWriter writer, Clock clock) {
        this.directory = directory;
        this.programs = programs;
        this.participants = participants;
        this.writer = writer;
        this.clock = clock;
    }

    public Participant enrollOwn(Caller caller, String programId, RoleChoice roles, Integer capacity) {
        return enroll(() -> directory.own(caller), programs.get(programId), roles, capacity, caller.subject());
    }

    /**
     * An owner of the program enrols someone, found by participant id or employee id. Any active
     * participant can be enrolled this way; from then on the owner sees their profile.
     */
    public Participant enrollOnBehalf(Caller admin, String programId, String participantId, String employeeId,
                                      RoleChoice roles, Integer capacity) {
        Program program = programs.get(programId);
        ProgramService.requireOwner(admin, program);
        Supplier<Participant> read = participantId != null ? () -> directory.find(participantId)
                : () -> participants.findByEmployeeId(employeeId).filter(p -> !p.isErased())
                        .orElseThrow(() -> new ResourceNotFoundException("Participant with employee id", employeeId));
        return enroll(read, program, roles, capacity, admin.subject());
    }

    /** @param role the role to leave; null leaves every role held in the program */
    public Participant withdrawOwn(Caller caller, String programId, Role role) {
        return withdraw(() -> directory.own(caller), programs.get(programId), role, WithdrawalReason.PARTICIPANT_REQUEST);
    }

    public Participant withdrawOnBehalf(Caller admin, String programId, String participantId, Role role) {
        Program program = programs.get(programId);
        ProgramService.requireOwner(admin, program);
        return withdraw(() -> directory.find(participantId), program, role, WithdrawalReason.ADMIN_ACTION);
    }

    private Participant enroll(Supplier<Participant> read, Program program, RoleChoice roles, Integer capacity,
                               String by) {
        return Retries.onConcurrentChange(() -> {
            Instant now = Ids.now(clock);
            return writer.write(read.get().enroll(program, roles.roles(), capacity, by, now), now);
        });
    }

    private Participant withdraw(Supplier<Participant> read, Program program, Role role, WithdrawalReason reason) {
        return Retries.onConcurrentChange(() -> {
            Participant current = read.get();
            if (!current.isEnrolledIn(program.id())) {
                throw new ResourceNotFoundException("Enrollment of participant " + current.id() + " in program", program.id());
            }
            Set<Role> roles = role == null ? EnumSet.noneOf(Role.class) : EnumSet.of(role);
            Instant now = Ids.now(clock);
            return writer.write(current.withdraw(program, roles, reason, now), now);
        });
    }
}
