package io.pairwise.profile.application;

import io.pairwise.contracts.profile.WithdrawalReason;
import io.pairwise.platform.web.ConflictException;
import io.pairwise.platform.web.ResourceNotFoundException;
import io.pairwise.profile.domain.Caller;
import io.pairwise.profile.domain.Page;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantProfile;
import io.pairwise.profile.domain.ParticipantSearch;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.ProgramEnrollment;
import io.pairwise.profile.domain.Visibility;
import io.pairwise.profile.persistence.ParticipantRepository;
import io.pairwise.profile.persistence.PartnershipRepository;
import io.pairwise.profile.persistence.ProgramRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The directory of participants with its object-level access: a participant sees and edits only their
 * own profile, partners see each other's public profile, admins see the participants of their programs.
 * Whatever a caller may not see answers as not found, so ids cannot be probed.
 */
@Service
public class ParticipantService {

    private final ParticipantRepository participants;
    private final ProgramRepository programs;
    private final PartnershipRepository partnerships;
    private final ParticipantWriter writer;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, ProgramRepository programs,
                       PartnershipRepository partnerships, ParticipantWriter writer, Clock clock) {
        this.participants = participants;
        this.programs = programs;
        this.partnerships = partnerships;
        this.writer = writer;
        this.clock = clock;
    }

    /** An admin or internal system adds someone HR has not provisioned. */
    public Participant create(String employeeId, String userName, ParticipantProfile profile) {
        requireUnused(employeeId, userName);
        Participant participant = Participant.create(Ids.next("prt"), employeeId, userName, null, profile,
                Ids.now(clock));
        insert(participant);
        return participant;
    }

    /** The caller's own participant record. */
    public Participant own(Caller caller) {
        return participants.findByUserName(caller.subject())
                .orElseThrow(() -> new ResourceNotFoundException("Participant with user name", caller.subject()));
    }

    public Participant updateOwn(Caller caller, ParticipantProfile profile) {
        return Retries.onConcurrentChange(() -> {
            Participant current = own(caller);
            Instant now = Ids.now(clock);
            return writer.write(current.updateProfile(profile, programsOf(current), now), now);
        });
    }

    /** The whole profile, for the person, internal systems and the admins of their programs. */
    public Participant get(Caller caller, String id) {
        Participant participant = find(id);
        if (visibility(caller, participant) != Visibility.FULL) {
            throw new ResourceNotFoundException("Participant", id);
        }
        return participant;
    }

    /** The public profile, which partners may see as well. */
    public Participant getPublic(Caller caller, String id) {
        Participant participant = find(id);
        if (visibility(caller, participant) == Visibility.NONE) {
            throw new ResourceNotFoundException("Participant", id);
        }
        return participant;
    }

    /** Admins search the participants of the programs they own; internal systems search everyone. */
    public Page<Participant> search(Caller caller, ParticipantSearch criteria, String cursor, int limit) {
        Set<String> scope = caller.isService() ? null : programs.idsOwnedBy(caller.subject());
        if (scope != null && criteria.programId() != null && !scope.contains(criteria.programId())) {
            throw new AccessDeniedException("Only the owners of program " + criteria.programId() + " may list its participants");
        }
        ParticipantSearch scoped = new ParticipantSearch(scope, criteria.programId(), criteria.role(), criteria.skill(),
                criteria.minLevel(), criteria.department());
        return participants.search(scoped, cursor, limit);
    }

    public void eraseOwn(Caller caller) {
        erase(() -> own(caller), WithdrawalReason.PARTICIPANT_REQUEST);
    }

    /** Erasure by someone who may see the whole profile: an internal system or an admin of one of the person's programs. */
    public void erase(Caller caller, String id) {
        erase(() -> get(caller, id), WithdrawalReason.ADMIN_ACTION);
    }

    void erase(Supplier<Participant> read, WithdrawalReason reason) {
        Retries.onConcurrentChange(() -> {
            Instant now = Ids.now(clock);
            return writer.write(read.get().erase(reason, now), now);
        });
    }

    Participant find(String id) {
        return participants.findById(id).filter(p -> !p.isErased())
                .orElseThrow(() -> new ResourceNotFoundException("Participant", id));
    }

    void requireUnused(String employeeId, String userName) {
        if (participants.findByEmployeeId(employeeId).isPresent()) {
            throw new ConflictException("A participant with employee id " + employeeId + " exists already");
        }
        if (participants.findByUserName(userName).isPresent()) {
            throw new ConflictException("The user name " + userName + " belongs to another participant");
        }
    }

    /** Inserts a new participant; a clash that slipped past the checks (a concurrent insert) is a conflict too. */
    void insert(Participant participant) {
        try {
            participants.insert(participant, List.of());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A participant with this employee id or user name exists already");
        }
    }

    Map<String, Program> programsOf(Participant participant) {
        return programs.findAllById(participant.enrollments().stream().map(ProgramEnrollment::programId)
                .distinct().toList());
    }

    private Visibility visibility(Caller caller, Participant participant) {
        return Visibility.of(caller, participant, () -> programs.idsOwnedBy(caller.subject()),
                () -> participants.findByUserName(caller.subject())
                        .map(me -> partnerships.arePartners(me.id(), participant.id())).orElse(false));
    }
}
