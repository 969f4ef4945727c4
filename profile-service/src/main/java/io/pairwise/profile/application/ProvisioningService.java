package io.pairwise.profile.application;

import io.pairwise.contracts.profile.WithdrawalReason;
import io.pairwise.platform.web.ConflictException;
import io.pairwise.profile.domain.EmployeeRecord;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantChange;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.persistence.ParticipantRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Employees as the identity provider (SCIM) and HR (imports) provision them. Deprovisioning withdraws
 * the person from every program; deleting erases them.
 */
@Service
public class ProvisioningService {

    private final ParticipantService directory;
    private final ParticipantRepository participants;
    private final ParticipantWriter writer;
    private final Clock clock;

    ProvisioningService(ParticipantService directory, ParticipantRepository participants, ParticipantWriter writer,
                        Clock clock) {
        this.directory = directory;
        this.participants = participants;
        this.writer = writer;
        this.clock = clock;
    }

    public Participant create(EmployeeRecord record) {
        Participant participant = Participant.provision(Ids.next("prt"), record, Ids.now(clock));
        directory.requireUnused(participant.employeeId(), participant.userName());
        directory.insert(participant);
        return participant;
    }

    public Participant get(String id) {
        return directory.find(id);
    }

    public Optional<Participant> findByUserName(String userName) {
        return participants.findByUserName(userName).filter(p -> !p.isErased());
    }

    public Optional<Participant> findByExternalId(String externalId) {
        return participants.findByExternalId(externalId).filter(p -> !p.isErased());
    }

    /** SCIM names a manager by the manager's SCIM id, HR by employee id: either way, the employee id. */
    public String employeeIdOf(String managerReference) {
        return participants.findById(managerReference).filter(p -> !p.isErased()).map(Participant::employeeId)
                .orElse(managerReference);
    }

    /** The participant id of an employee, for SCIM's manager reference; the employee id while they are unknown. */
    public String participantIdOf(String employeeId) {
        return participants.findByEmployeeId(employeeId).map(Participant::id).orElse(employeeId);
    }

    public List<Participant> list(int offset, int count) {
        return participants.listByOffset(offset, count);
    }

    public long count() {
        return participants.countNotErased();
    }

    /** Applies what the identity provider or HR says about an existing participant. */
    public ParticipantChange update(String id, EmployeeRecord record) {
        return Retries.onConcurrentChange(() -> {
            Participant current = directory.find(id);
            return apply(current, record, directory.programsOf(current));
        });
    }

    /**
     * The import's variant: the open programs are loaded once per job, and the participant read with
     * its batch is used first.
     */
    ParticipantChange update(Participant read, EmployeeRecord record, Map<String, Program> openPrograms) {
        try {
            return apply(read, record, openPrograms);
        } catch (OptimisticLockingFailureException e) {
            // changed since its batch was read: start again from what is stored now
            return Retries.onConcurrentChange(() -> apply(directory.find(read.id()), record, openPrograms));
        }
    }

    public Participant setActive(String id, boolean active) {
        return Retries.onConcurrentChange(() -> {
            Participant current = directory.find(id);
            Instant now = Ids.now(clock);
            return writer.write(active ? current.activate(now) : current.deactivate(now), now);
        });
    }

    /** The identity provider deleted the user: they leave every program and their personal data is erased. */
    public void delete(String id) {
        directory.erase(() -> directory.find(id), WithdrawalReason.DEPROVISIONED);
    }

    private ParticipantChange apply(Participant current, EmployeeRecord record, Map<String, Program> programs) {
        if (!current.employeeId().equals(record.employeeId())) {
            throw new IllegalArgumentException("The employee id of participant " + current.id() + " is "
                    + current.employeeId() + " and cannot change");
        }
        if (record.userName() != null && !record.userName().equals(current.userName())) {
            participants.findByUserName(record.userName()).ifPresent(holder -> {
                throw new ConflictException("The user name " + record.userName() + " belongs to another participant");
            });
        }
        Instant now = Ids.now(clock);
        ParticipantChange change = current.provision(record, programs, now);
        writer.write(change, now);
        return change;
    }
}
