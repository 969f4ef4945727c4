package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.matching.DeclineReason;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PauseReason;
import io.pairwise.contracts.matching.ProposalOrigin;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.Role;
import io.pairwise.matching.domain.Explanation;
import io.pairwise.matching.domain.HardConstraint;
import io.pairwise.matching.domain.suggestion.MentorSuggestions;
import io.pairwise.matching.domain.suggestion.Suggestion;
import io.pairwise.matching.domain.suggestion.SuggestionPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/** The mentorship lifecycle: proposals and mentee requests, acceptance under capacity, pause, end, rematch. */
public final class MentorshipService {

    /**
     * @param requestTtl      how long a mentor has to answer a mentee's request
     * @param proposalTtl     how long members have to accept a proposal from a batch or a rematch
     * @param maxOpenRequests requests a mentee has open at once; later choices wait in line
     * @param maxChoices      choices a mentee may rank in one go
     */
    public record Settings(Duration requestTtl, Duration proposalTtl, int maxOpenRequests, int maxChoices) {
    }

    private final Mentorships mentorships;
    private final CapacityLedger ledger;
    private final ProgramDirectory directory;
    private final Pools pools;
    private final PriceBook prices;
    private final MatchingMetrics metrics;
    private final Settings settings;
    private final Clock clock;

    public MentorshipService(Mentorships mentorships, CapacityLedger ledger, ProgramDirectory directory, Pools pools,
                             PriceBook prices, MatchingMetrics metrics, Settings settings, Clock clock) {
        this.mentorships = mentorships;
        this.ledger = ledger;
        this.directory = directory;
        this.pools = pools;
        this.prices = prices;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    /** The participant's mentorships and requests; a mentee's later choices are theirs alone until sent. */
    public List<Mentorship> ofMember(String participantId) {
        return mentorships.ofMember(participantId).stream().filter(m -> sees(m, participantId)).toList();
    }

    private static boolean sees(Mentorship m, String participantId) {
        return m.status() != MentorshipStatus.QUEUED || m.menteeIds().contains(participantId);
    }

    /**
     * A mentorship its member (or an owner of its program) may see; 404 for anyone else.
     *
     * @param adminLogin the caller's login when they are a program admin, else null
     */
    public Mentorship visibleTo(String participantId, String adminLogin, String mentorshipId) {
        Mentorship m = mentorships.find(mentorshipId)
                .orElseThrow(() -> new NotFoundException("No mentorship " + mentorshipId + " of yours"));
        if (m.isMember(participantId) && sees(m, participantId)
                || adminLogin != null && ownsProgram(adminLogin, m.programId())) {
            return m;
        }
        throw new NotFoundException("No mentorship " + mentorshipId + " of yours");
    }

    /** @param login a login (token subject), what a program's owner list names */
    public boolean ownsProgram(String login, String programId) {
        return directory.program(programId).map(p -> p.ownedBy(login)).orElse(false);
    }

    /** Ranked mentors for a mentee: allowed, with a free place, discounted by how contested they are. */
    public SuggestionPage suggestions(String programId, String menteeId, int offset, int limit) {
        Program program = program(programId);
        if (program.amongPeers()) {
            throw new RuleViolationException("Peer and mutual programs pair participants by batch; no mentor suggestions");
        }
        Pools.Pool pool = pools.of(program, clock.instant());
        if (pool.pool().menteeIndex(menteeId) < 0) {
            throw new NotFoundException("You are not an unmatched mentee of program " + programId);
        }
        return new MentorSuggestions(pool.scorer()).forMentee(menteeId, prices.of(programId), offset, limit);
    }

    // --- mentee choice --------------------------------------------------------------------------------------------

    /**
     * The mentee's ranked choice of mentors: the first {@code maxOpenRequests} go to their mentors now,
     * the rest wait and are sent one by one as earlier ones are declined or expire.
     */
    public List<Mentorship> request(String programId, String menteeId, List<String> mentorIds) {
        Program program = program(programId);
        requireOpen(program);
        if (program.mode() != MatchingMode.MENTEE_CHOICE) {
            throw new RuleViolationException("Program " + programId + " is matched by its admins, not by mentee choice");
        }
        if (mentorIds.size() > settings.maxChoices() || new HashSet<>(mentorIds).size() != mentorIds.size()) {
            throw new InvalidInputException("mentorIds", "must be 1-" + settings.maxChoices() + " distinct mentors",
                    mentorIds);
        }
        Pools.Pool pool = pools.of(program, clock.instant());
        int mentee = pool.pool().menteeIndex(menteeId);
        if (mentee < 0) {
            throw new RuleViolationException("You are not an enrolled mentee without a mentorship or open request here");
        }
        if (mentorships.ofProgramMember(programId, menteeId).stream()
                .anyMatch(m -> m.status() == MentorshipStatus.QUEUED)) {
            throw new RuleViolationException("You already have choices waiting in this program");
        }
        List<Explanation> explanations = new ArrayList<>();
        for (String mentorId : mentorIds) {
            int mentor = pool.pool().mentorIndex(mentorId);
            if (mentor < 0) {
                throw new InvalidInputException("mentorIds", "is not a mentor of this program", mentorId);
            }
            List<HardConstraint> broken = pool.scorer().violations(mentee, mentor);
            if (!broken.isEmpty()) {
                throw new InvalidInputException("mentorIds", "cannot mentor you in this program: " + broken, mentorId);
            }
            explanations.add(pool.scorer().explain(mentee, mentor));
        }
        Instant now = clock.instant();
        List<Mentorship> created = new ArrayList<>();
        for (int i = 0; i < mentorIds.size(); i++) {
            Mentorship.Terms terms = terms(newId(), program, ProposalOrigin.MENTEE_REQUEST, false,
                    List.of(mentorIds.get(i)), List.of(menteeId), explanations.get(i), List.of(), now);
            Mentorship m = i < settings.maxOpenRequests()
                    ? Mentorship.proposed(terms, List.of(mentorIds.get(i)), now.plus(settings.requestTtl()), now)
                    : Mentorship.queued(terms, i, now);
            mentorships.insert(m, m.status() == MentorshipStatus.PROPOSED ? List.of(m.proposedEvent()) : List.of());
            if (m.status() == MentorshipStatus.PROPOSED) {
                metrics.proposal("proposed");
            }
            created.add(m);
        }
        return created;
    }

    // --- transitions ------------------------------------------------------------------------------------------

    /**
     * One member accepts. The acceptance that completes the proposal takes the mentors' places first,
     * each with one conditional write; when a place is gone the acceptance fails with a conflict and
     * nothing changes.
     */
    public Mentorship accept(String participantId, String mentorshipId) {
        Mentorship m = member(participantId, mentorshipId);
        Program program = program(m.programId());
        boolean takesPlaces = m.completesWith(participantId) && !program.amongPeers();
        List<String> claimed = new ArrayList<>();
        if (takesPlaces) {
            for (String slot : slots(m)) {
                String mentor = mentorOfSlot(m, slot);
                if (!ledger.claim(m.programId(), mentor, slot)) {
                    claimed.forEach(s -> ledger.release(m.programId(), mentorOfSlot(m, s), s));
                    metrics.capacityConflict();
                    throw new CapacityConflictException(mentor);
                }
                claimed.add(slot);
            }
        }
        try {
            List<DomainEvent> events = m.accept(participantId, cards(program), clock.instant());
            mentorships.update(m, events);
        } catch (RuntimeException e) {
            claimed.forEach(s -> ledger.release(m.programId(), mentorOfSlot(m, s), s));
            throw e;
        }
        metrics.proposal(m.status() == MentorshipStatus.ACTIVE ? "accepted" : "accepted-partly");
        if (m.status() == MentorshipStatus.ACTIVE) {
            withdrawOtherRequests(m);
        }
        return m;
    }

    public Mentorship decline(String participantId, String mentorshipId, DeclineReason reason) {
        Mentorship m = member(participantId, mentorshipId);
        mentorships.update(m, List.of(m.decline(participantId, reason, clock.instant())));
        metrics.proposal("declined");
        sendNextChoice(m);
        return m;
    }

    public Mentorship pause(String participantId, String mentorshipId, PauseReason reason) {
        Mentorship m = member(participantId, mentorshipId);
        mentorships.update(m, List.of(m.pause(participantId, reason, clock.instant())));
        return m;
    }

    public Mentorship resume(String participantId, String mentorshipId) {
        Mentorship m = member(participantId, mentorshipId);
        mentorships.update(m, List.of(m.resume(participantId, clock.instant())));
        return m;
    }

    /**
     * Ends early; the places go back to the mentors. A program admin may end it too (without a reflection).
     *
     * @param adminLogin the caller's login when they are a program admin, else null
     */
    public Mentorship end(String participantId, String adminLogin, String mentorshipId, EndReason reason, String reflection) {
        Mentorship m = visibleTo(participantId, adminLogin, mentorshipId);
        String endedBy = m.isMember(participantId) ? participantId : adminLogin;
        mentorships.update(m, List.of(m.endEarly(endedBy, reason, reflection, clock.instant())));
        releasePlaces(m);
        return m;
    }

    public Mentorship reflect(String participantId, String mentorshipId, String text) {
        Mentorship m = member(participantId, mentorshipId);
        m.reflect(participantId, text, clock.instant());
        mentorships.update(m, List.of());
        return m;
    }

    /**
     * A new proposal for a mentee whose mentorship in the program ended: the best mentor with a free place
     * by the usual ranking, never one they ended early with as a bad fit (the pool keeps that history).
     */
    public Mentorship rematch(String programId, String menteeId) {
        Program program = program(programId);
        requireOpen(program);
        if (program.amongPeers() || program.groups()) {
            throw new RuleViolationException("Rematch proposes a mentor; peer, mutual and group programs run a batch");
        }
        List<Mentorship> own = mentorships.ofProgramMember(programId, menteeId);
        if (own.stream().noneMatch(m -> m.status().ended() && m.menteeIds().contains(menteeId))) {
            throw new RuleViolationException("Rematch is for a mentee whose mentorship in this program has ended");
        }
        SuggestionPage page = suggestions(programId, menteeId, 0, 1);
        if (page.suggestions().isEmpty()) {
            throw new RuleViolationException("No mentor with a free place can be matched with " + menteeId + " now");
        }
        Suggestion best = page.suggestions().getFirst();
        Instant now = clock.instant();
        Mentorship m = Mentorship.proposed(terms(newId(), program, ProposalOrigin.AUTOMATIC, false,
                        List.of(best.mentorId()), List.of(menteeId), best.explanation(), List.of(), now),
                List.of(best.mentorId(), menteeId), now.plus(settings.proposalTtl()), now);
        mentorships.insert(m, List.of(m.proposedEvent()));
        metrics.proposal("proposed");
        return m;
    }

    // --- sweeps (several instances: every change is a write guarded by the version read) ------------------------

    /** Expires proposals past their deadline and sends each expired request's next choice. */
    public int expireDue() {
        int expired = 0;
        Instant now = clock.instant();
        for (Mentorship m : mentorships.proposalsDue(now, 200)) {
            try {
                mentorships.update(m, List.of(m.expire(now)));
                metrics.proposal("expired");
                expired++;
                sendNextChoice(m);
            } catch (RuleViolationException e) {
                // another instance or an answer got there first
            }
        }
        // an instance that stopped between expiring and sending left these behind
        for (Mentorship m : mentorships.successorsPending(now.minus(Duration.ofMinutes(1)), 200)) {
            sendNextChoice(m);
        }
        return expired;
    }

    /** Completes mentorships past their planned end. */
    public int completeDue() {
        int completed = 0;
        Instant now = clock.instant();
        for (Mentorship m : mentorships.dueToComplete(LocalDate.ofInstant(now, ZoneOffset.UTC), 200)) {
            try {
                mentorships.update(m, List.of(m.complete(now)));
                releasePlaces(m);
                completed++;
            } catch (RuleViolationException e) {
                // ended or changed meanwhile
            }
        }
        return completed;
    }

    /**
     * Erasure: live mentorships of the person end (their places go back), queued choices are withdrawn
     * and their reflections are deleted; the ids stay as the history's keys.
     */
    public void erase(String participantId) {
        Instant now = clock.instant();
        for (Mentorship m : mentorships.ofMember(participantId)) {
            List<DomainEvent> events = new ArrayList<>();
            switch (m.status()) {
                case ACTIVE, PAUSED -> events.add(m.endEarly(participantId, EndReason.PARTICIPANT_ERASED, null, now));
                case PROPOSED -> events.add(m.decline(participantId, DeclineReason.OTHER, now));
                case QUEUED -> m.withdraw(now);
                default -> {
                }
            }
            m.forgetReflectionsOf(participantId);
            mentorships.update(m, events);
            if (m.status() == MentorshipStatus.ENDED_EARLY && events.size() == 1) {
                releasePlaces(m);
            }
        }
    }

    // --- used by batch publication ------------------------------------------------------------------------------

    /** Stores a published pair or group: active at once (places taken first) or proposed to every member. */
    public boolean publish(Mentorship.Terms terms, boolean proposeFirst, Program program) {
        Instant now = clock.instant();
        if (mentorships.find(terms.id()).isPresent()) {
            return true; // published before a restart
        }
        if (proposeFirst) {
            List<String> awaiting = Stream.concat(terms.mentorIds().stream(), terms.menteeIds().stream())
                    .distinct().toList();
            Mentorship m = Mentorship.proposed(terms, awaiting, now.plus(settings.proposalTtl()), now);
            mentorships.insert(m, List.of(m.proposedEvent()));
            metrics.proposal("proposed");
            return true;
        }
        Mentorship m = Mentorship.active(terms, now);
        List<String> claimed = new ArrayList<>();
        if (!program.amongPeers()) {
            for (String slot : slots(m)) {
                if (!ledger.claim(m.programId(), mentorOfSlot(m, slot), slot)) {
                    claimed.forEach(s -> ledger.release(m.programId(), mentorOfSlot(m, s), s));
                    metrics.capacityConflict();
                    return false;
                }
                claimed.add(slot);
            }
        }
        try {
            mentorships.insert(m, List.of(m.activate(cards(program), now)));
        } catch (RuntimeException e) {
            claimed.forEach(s -> ledger.release(m.programId(), mentorOfSlot(m, s), s));
            throw e;
        }
        return true;
    }

    public Mentorship.Terms terms(String id, Program program, ProposalOrigin origin, boolean group,
                                  List<String> mentorIds, List<String> menteeIds, Explanation explanation,
                                  List<String> sharedGoals, Instant now) {
        Map<String, Double> contributions = new LinkedHashMap<>();
        explanation.contributions().forEach((criterion, value) -> contributions.put(criterion.name(), value));
        return new Mentorship.Terms(id, program.id(), origin, group, mentorIds, menteeIds, explanation.score(),
                contributions, explanation.reasons(), sharedGoals, program.snapshot().cadenceDays(),
                program.plannedEnd(LocalDate.ofInstant(now, ZoneOffset.UTC)));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void sendNextChoice(Mentorship closed) {
        if (!closed.successorPending()) {
            return;
        }
        String mentee = closed.menteeIds().getFirst();
        boolean matched = mentorships.ofProgramMember(closed.programId(), mentee).stream()
                .anyMatch(m -> m.status().holdsPlace());
        Optional<Mentorship> next = matched ? Optional.empty() : mentorships.nextQueued(closed.programId(), mentee);
        try {
            if (next.isPresent()) {
                Instant now = clock.instant();
                Mentorship n = next.get();
                mentorships.update(n, List.of(n.send(now.plus(settings.requestTtl()), now)));
                metrics.proposal("proposed");
            }
            Mentorship fresh = mentorships.find(closed.id()).orElse(closed);
            fresh.successorSent();
            mentorships.update(fresh, List.of());
        } catch (ConcurrentUpdateException e) {
            // another instance is sending it
        }
    }

    /** The mentee is matched: their other open requests are declined on their behalf, queued ones withdrawn. */
    private void withdrawOtherRequests(Mentorship accepted) {
        if (accepted.origin() != ProposalOrigin.MENTEE_REQUEST) {
            return;
        }
        String mentee = accepted.menteeIds().getFirst();
        Instant now = clock.instant();
        for (Mentorship other : mentorships.ofProgramMember(accepted.programId(), mentee)) {
            if (other.id().equals(accepted.id()) || other.origin() != ProposalOrigin.MENTEE_REQUEST) {
                continue;
            }
            try {
                if (other.status() == MentorshipStatus.PROPOSED) {
                    DomainEvent declined = other.decline(mentee, DeclineReason.OTHER, now);
                    other.successorSent();
                    mentorships.update(other, List.of(declined));
                    metrics.proposal("withdrawn");
                } else if (other.status() == MentorshipStatus.QUEUED) {
                    other.withdraw(now);
                    mentorships.update(other, List.of());
                }
            } catch (RuleViolationException e) {
                // answered meanwhile
            }
        }
    }

    private void releasePlaces(Mentorship m) {
        for (String slot : slots(m)) {
            ledger.release(m.programId(), mentorOfSlot(m, slot), slot);
        }
    }

    /** One place per mentee with the (first) mentor: a pair takes one, a group one per member. */
    private static List<String> slots(Mentorship m) {
        if (!m.group()) {
            return List.of(m.id());
        }
        return m.menteeIds().stream().map(mentee -> m.id() + "/" + mentee).toList();
    }

    /** Every slot of a mentorship is a place with its (first) mentor. */
    private static String mentorOfSlot(Mentorship m, String slot) {
        return m.mentorIds().getFirst();
    }

    private Mentorship member(String participantId, String mentorshipId) {
        Mentorship m = mentorships.find(mentorshipId)
                .orElseThrow(() -> new NotFoundException("No mentorship " + mentorshipId + " of yours"));
        if (!m.isMember(participantId) || !sees(m, participantId)) {
            throw new NotFoundException("No mentorship " + mentorshipId + " of yours");
        }
        return m;
    }

    public Program program(String programId) {
        return directory.program(programId).orElseThrow(() -> new NotFoundException("No program " + programId));
    }

    private static void requireOpen(Program program) {
        if (program.closed()) {
            throw new RuleViolationException("Program " + program.id() + " is closed");
        }
    }

    /** Member cards for the events, from the read model; an erased or unknown person keeps only the id. */
    public Function<String, Member> cards(Program program) {
        return id -> directory.enrollee(program.id(), Role.MENTOR, id)
                .or(() -> directory.enrollee(program.id(), Role.MENTEE, id))
                .map(e -> new Member(id, e.profile().displayName(), e.profile().timeZone()))
                .orElse(new Member(id, id, "UTC"));
    }

    static String newId() {
        return "msh-" + UUID.randomUUID();
    }
}
