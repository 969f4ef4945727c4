package io.pairwise.profile.application;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.pairwise.profile.domain.Caller;
import io.pairwise.profile.domain.Page;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.ProgramSettings;
import io.pairwise.profile.domain.ProgramStatus;
import io.pairwise.profile.messaging.ProfileEvents;
import io.pairwise.profile.persistence.ParticipantRepository;
import io.pairwise.profile.persistence.ProgramRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Programs: any signed-in user may read them; only their owners change them. */
@Service
public class ProgramService {

    private final ProgramRepository programs;
    private final ParticipantRepository participants;
    private final Clock clock;

    ProgramService(ProgramRepository programs, ParticipantRepository participants, Clock clock) {
        this.programs = programs;
        this.participants = participants;
        this.clock = clock;
    }

    public Program create(Caller caller, ProgramSettings settings) {
        Instant now = Ids.now(clock);
        Program program = Program.create(Ids.next("prg"), settings, caller.subject(), now);
        programs.insert(program, List.of(ProfileEvents.created(program, now)));
        return program;
    }

    public Program get(String id) {
        return programs.findById(id).orElseThrow(() -> new ResourceNotFoundException("Program", id));
    }

    public Page<Program> list(Caller caller, boolean ownedOnly, ProgramStatus status, String cursor, int limit) {
        return programs.list(ownedOnly ? caller.subject() : null, status, cursor, limit);
    }

    /** @param settings the new settings, given the program as it is (e.g. to keep its owners) */
    public Program update(Caller caller, String id, Function<Program, ProgramSettings> settings) {
        return change(caller, id, (program, now) -> program.update(settings.apply(program),
                participants.anyEnrolledIn(id), now), ProfileEvents::updated);
    }

    public Program openEnrollment(Caller caller, String id) {
        return change(caller, id, Program::openEnrollment, ProfileEvents::updated);
    }

    public Program closeEnrollment(Caller caller, String id) {
        return change(caller, id, Program::closeEnrollment, ProfileEvents::updated);
    }

    public Program close(Caller caller, String id) {
        return change(caller, id, (program, now) -> program.close(caller.subject(), now), ProfileEvents::closed);
    }

    static void requireOwner(Caller caller, Program program) {
        if (!caller.owns(program)) {
            throw new AccessDeniedException("Only the owners of program " + program.id() + " may do this");
        }
    }

    /** Read, decide, write with the event; no write and no event when the operation changes nothing. */
    private Program change(Caller caller, String id, BiFunction<Program, Instant, Program> operation,
                           BiFunction<Program, Instant, DomainEvent> event) {
        return Retries.onConcurrentChange(() -> {
            Program current = get(id);
            requireOwner(caller, current);
            Instant now = Ids.now(clock);
            Program next = operation.apply(current, now);
            if (next != current) {
                programs.save(current, next, List.of(event.apply(next, now)));
            }
            return next;
        });
    }
}
