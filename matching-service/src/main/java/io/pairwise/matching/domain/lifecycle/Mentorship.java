package io.pairwise.matching.domain.lifecycle;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.matching.DeclineReason;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.MatchAccepted;
import io.pairwise.contracts.matching.MatchCriterion;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.MatchReason;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.MentorshipPaused;
import io.pairwise.contracts.matching.MentorshipResumed;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.PauseReason;
import io.pairwise.contracts.matching.ProposalOrigin;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.matching.RelationshipOutcome;
import io.pairwise.matching.domain.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One mentorship from proposal to end: proposed → accepted by every side / declined / expired → active ↔
 * paused → completed at the planned end, or ended early with a reason and each side's reflection. Each
 * transition returns the events it causes; the caller stores state and events in one write.
 */
public final class Mentorship {

    private final String id;
    private final String programId;
    private final ProposalOrigin origin;
    private final boolean group;
    private final List<String> mentorIds;
    private final List<String> menteeIds;
    private final List<String> memberIds;
    private MentorshipStatus status;
    private final double score;
    private final Map<String, Double> contributions;
    private final List<Reason> reasons;
    private final List<String> sharedGoals;
    private List<String> awaiting;
    private final int rank;
    private Instant expiresAt;
    private final int cadenceDays;
    private LocalDate plannedEndDate;
    private final Instant proposedAt;
    private Instant startedAt;
    private Instant endedAt;
    private EndReason endReason;
    private String endedBy;
    private List<Reflection> reflections;
    private boolean successorPending;
    private final long version;

    public Mentorship(String id, String programId, ProposalOrigin origin, boolean group, List<String> mentorIds,
                      List<String> menteeIds, List<String> memberIds, MentorshipStatus status, double score,
                      Map<String, Double> contributions, List<Reason> reasons, List<String> sharedGoals,
                      List<String> awaiting, int rank, Instant expiresAt, int cadenceDays, LocalDate plannedEndDate,
                      Instant proposedAt, Instant startedAt, Instant endedAt, EndReason endReason, String endedBy,
                      List<Reflection> reflections, boolean successorPending, long version) {
        this.id = id;
        this.programId = programId;
        this.origin = origin;
        this.group = group;
        this.mentorIds = List.copyOf(mentorIds);
        this.menteeIds = List.copyOf(menteeIds);
        this.memberIds = memberIds == null ? Stream.concat(mentorIds.stream(), menteeIds.stream()).toList()
                : List.copyOf(memberIds);
        this.status = status;
        this.score = score;
        this.contributions = contributions == null ? Map.of() : Map.copyOf(contributions);
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.sharedGoals = sharedGoals == null ? List.of() : List.copyOf(sharedGoals);
        this.awaiting = awaiting == null ? List.of() : List.copyOf(awaiting);
        this.rank = rank;
        this.expiresAt = expiresAt;
        this.cadenceDays = cadenceDays;
        this.plannedEndDate = plannedEndDate;
        this.proposedAt = proposedAt;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.endReason = endReason;
        this.endedBy = endedBy;
        this.reflections = reflections == null ? List.of() : List.copyOf(reflections);
        this.successorPending = successorPending;
        this.version = version;
    }

    /** What a new mentorship is about: who, how well they fit, and the terms. */
    public record Terms(String id, String programId, ProposalOrigin origin, boolean group, List<String> mentorIds,
                        List<String> menteeIds, double score, Map<String, Double> contributions, List<Reason> reasons,
                        List<String> sharedGoals, int cadenceDays, LocalDate plannedEndDate) {
    }

    /** A proposal waiting for {@code awaiting}; everyone else counts as having accepted. */
    public static Mentorship proposed(Terms terms, List<String> awaiting, Instant expiresAt, Instant now) {
        return new Mentorship(terms.id(), terms.programId(), terms.origin(), terms.group(), terms.mentorIds(),
                terms.menteeIds(), null, MentorshipStatus.PROPOSED, terms.score(), terms.contributions(),
                terms.reasons(), terms.sharedGoals(), awaiting, 0, expiresAt, terms.cadenceDays(),
                terms.plannedEndDate(), now, null, null, null, null, List.of(), false, 0);
    }

    /** A mentee's later choice, sent to the mentor only when an earlier one is declined or expires. */
    public static Mentorship queued(Terms terms, int rank, Instant now) {
        return new Mentorship(terms.id(), terms.programId(), terms.origin(), terms.group(), terms.mentorIds(),
                terms.menteeIds(), null, MentorshipStatus.QUEUED, terms.score(), terms.contributions(),
                terms.reasons(), terms.sharedGoals(), terms.mentorIds(), rank, null, terms.cadenceDays(),
                terms.plannedEndDate(), now, null, null, null, null, List.of(), false, 0);
    }

    /** Active at once, as an admin published it. */
    public static Mentorship active(Terms terms, Instant now) {
        return new Mentorship(terms.id(), terms.programId(), terms.origin(), terms.group(), terms.mentorIds(),
                terms.menteeIds(), null, MentorshipStatus.ACTIVE, terms.score(), terms.contributions(),
                terms.reasons(), terms.sharedGoals(), List.of(), 0, null, terms.cadenceDays(),
                terms.plannedEndDate(), now, now, null, null, null, List.of(), false, 0);
    }

    // --- transitions ------------------------------------------------------------------------------------------

    public DomainEvent proposedEvent() {
        return new MatchProposed(id, programId, mentorIds, menteeIds, origin, score, criterionMap(), matchReasons(),
                awaiting, expiresAt, proposedAt);
    }

    /** A queued choice becomes a proposal to its mentor. */
    public DomainEvent send(Instant expiresAt, Instant now) {
        require(status == MentorshipStatus.QUEUED, "only a queued choice can be sent");
        this.status = MentorshipStatus.PROPOSED;
        this.expiresAt = expiresAt;
        return new MatchProposed(id, programId, mentorIds, menteeIds, origin, score, criterionMap(), matchReasons(),
                awaiting, expiresAt, now);
    }

    /** Whether this acceptance is the last one awaited, so the mentorship becomes active (and takes a place). */
    public boolean completesWith(String participantId) {
        return status == MentorshipStatus.PROPOSED && awaiting.equals(List.of(participantId));
    }

    public List<DomainEvent> accept(String participantId, Function<String, Member> cards, Instant now) {
        requireMember(participantId);
        require(status == MentorshipStatus.PROPOSED, "only a proposal can be accepted; it is " + status);
        require(awaiting.contains(participantId), "you have already accepted");
        awaiting = awaiting.stream().filter(id -> !id.equals(participantId)).toList();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new MatchAccepted(id, programId, mentorIds, menteeIds, participantId, awaiting, now));
        if (awaiting.isEmpty()) {
            events.add(activate(cards, now));
        }
        return events;
    }

    /** Active now; the event sessions and notifications start from. */
    public DomainEvent activate(Function<String, Member> cards, Instant now) {
        status = MentorshipStatus.ACTIVE;
        startedAt = now;
        expiresAt = null;
        List<Member> mentors = mentorIds.stream().map(cards).toList();
        List<Member> mentees = menteeIds.stream().map(cards).toList();
        if (group) {
            return new GroupFormed(id, programId, mentors, mentees, sharedGoals, score, cadenceDays, plannedEndDate, now);
        }
        return new PairMatched(id, programId, mentors, mentees, score, matchReasons(), cadenceDays, plannedEndDate, now);
    }

    public DomainEvent decline(String participantId, DeclineReason reason, Instant now) {
        requireMember(participantId);
        require(status == MentorshipStatus.PROPOSED, "only a proposal can be declined; it is " + status);
        status = MentorshipStatus.DECLINED;
        endedAt = now;
        successorPending = origin == ProposalOrigin.MENTEE_REQUEST;
        return new MatchDeclined(id, programId, mentorIds, menteeIds, participantId, reason, now);
    }

    public DomainEvent expire(Instant now) {
        require(status == MentorshipStatus.PROPOSED && expiresAt != null && !now.isBefore(expiresAt),
                "only a proposal past its deadline expires");
        status = MentorshipStatus.EXPIRED;
        endedAt = now;
        successorPending = origin == ProposalOrigin.MENTEE_REQUEST;
        return new MatchExpired(id, programId, mentorIds, menteeIds, awaiting, now);
    }

    /** A queued choice that will never be sent (the mentee was matched meanwhile). */
    public void withdraw(Instant now) {
        require(status == MentorshipStatus.QUEUED, "only a queued choice is withdrawn silently");
        status = MentorshipStatus.WITHDRAWN;
        endedAt = now;
    }

    public void successorSent() {
        successorPending = false;
    }

    public DomainEvent pause(String participantId, PauseReason reason, Instant now) {
        require(status == MentorshipStatus.ACTIVE, "only an active mentorship can be paused; it is " + status);
        status = MentorshipStatus.PAUSED;
        return new MentorshipPaused(id, programId, mentorIds, menteeIds, participantId, reason, now);
    }

    public DomainEvent resume(String participantId, Instant now) {
        require(status == MentorshipStatus.PAUSED, "only a paused mentorship can be resumed; it is " + status);
        status = MentorshipStatus.ACTIVE;
        return new MentorshipResumed(id, programId, mentorIds, menteeIds, participantId, now);
    }

    /** Ended before the planned end by a member or an admin, with a reason code and, from a member, a reflection. */
    public DomainEvent endEarly(String by, EndReason reason, String reflection, Instant now) {
        require(status.holdsPlace(), "only an active or paused mentorship can end; it is " + status);
        require(reason != EndReason.PLANNED_END, "a mentorship reaches its planned end by itself");
        status = MentorshipStatus.ENDED_EARLY;
        endedAt = now;
        endReason = reason;
        endedBy = by;
        if (reflection != null && memberIds.contains(by)) {
            reflections = append(reflections, new Reflection(by, reflection, now));
        }
        return new RelationshipEnded(id, programId, mentorIds, menteeIds, RelationshipOutcome.ENDED_EARLY, reason, by,
                startedAt, now);
    }

    public DomainEvent complete(Instant now) {
        require(status.holdsPlace(), "only an active or paused mentorship completes");
        status = MentorshipStatus.COMPLETED;
        endedAt = now;
        endReason = EndReason.PLANNED_END;
        return new RelationshipEnded(id, programId, mentorIds, menteeIds, RelationshipOutcome.COMPLETED,
                EndReason.PLANNED_END, null, startedAt, now);
    }

    /** A member's closing reflection, once each, after the end. */
    public void reflect(String participantId, String text, Instant now) {
        requireMember(participantId);
        require(status.ended(), "reflections are written once the mentorship has ended");
        require(reflections.stream().noneMatch(r -> r.participantId().equals(participantId)),
                "you have already written your closing reflection");
        reflections = append(reflections, new Reflection(participantId, text, now));
    }

    /** Erasure: the person's reflections go; their id stays only as the key of the relationship's history. */
    public void forgetReflectionsOf(String participantId) {
        reflections = reflections.stream().filter(r -> !r.participantId().equals(participantId)).toList();
    }

    /** Ended early as "not a fit" or a conflict: these people are never paired again. */
    public boolean badFit() {
        return status == MentorshipStatus.ENDED_EARLY
                && (endReason == EndReason.NOT_A_FIT || endReason == EndReason.CONFLICT);
    }

    public boolean isMember(String participantId) {
        return memberIds.contains(participantId);
    }

    private void requireMember(String participantId) {
        if (!memberIds.contains(participantId)) {
            throw new NotFoundException("No mentorship " + id + " of yours");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new RuleViolationException(message);
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    private Map<MatchCriterion, Double> criterionMap() {
        Map<MatchCriterion, Double> map = new EnumMap<>(MatchCriterion.class);
        contributions.forEach((criterion, value) -> map.put(MatchCriterion.valueOf(criterion), value));
        return map;
    }

    private List<MatchReason> matchReasons() {
        return reasons.stream().map(r -> new MatchReason(MatchCriterion.valueOf(r.criterion().name()), r.code(),
                r.arguments(), r.text())).toList();
    }

    // --- state --------------------------------------------------------------------------------------------------

    public String id() { return id; }
    public String programId() { return programId; }
    public ProposalOrigin origin() { return origin; }
    public boolean group() { return group; }
    public List<String> mentorIds() { return mentorIds; }
    public List<String> menteeIds() { return menteeIds; }
    public List<String> memberIds() { return memberIds; }
    public MentorshipStatus status() { return status; }
    public double score() { return score; }
    public Map<String, Double> contributions() { return contributions; }
    public List<Reason> reasons() { return reasons; }
    public List<String> sharedGoals() { return sharedGoals; }
    public List<String> awaiting() { return awaiting; }
    public int rank() { return rank; }
    public Instant expiresAt() { return expiresAt; }
    public int cadenceDays() { return cadenceDays; }
    public LocalDate plannedEndDate() { return plannedEndDate; }
    public Instant proposedAt() { return proposedAt; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public EndReason endReason() { return endReason; }
    public String endedBy() { return endedBy; }
    public List<Reflection> reflections() { return reflections; }
    public boolean successorPending() { return successorPending; }
    public long version() { return version; }
}
