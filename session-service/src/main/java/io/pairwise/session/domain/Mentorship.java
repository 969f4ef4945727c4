package io.pairwise.session.domain;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.session.AgreementConfirmed;
import io.pairwise.contracts.session.GoalAchieved;
import io.pairwise.contracts.session.GoalSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A mentorship as this service knows it: members, program, cadence and status from matching's events,
 * plus what its members keep here — the mentoring agreement and the goals with their milestones.
 * Agreement and goals live in the mentorship's document, so each change and its event are one write.
 */
public final class Mentorship {

    public static final int MAX_GOALS = 50;

    private final String id;
    private String programId;
    private List<MemberCard> members;
    private List<String> memberIds;
    private List<String> erasedMemberIds;
    private int cadenceDays;
    private LocalDate plannedEndDate;
    private MentorshipStatus status;
    private Instant activeSince;
    private Instant endedAt;
    private Agreement agreement;
    private List<Goal> goals;
    private final long version;

    public Mentorship(String id, String programId, List<MemberCard> members, List<String> memberIds,
                      List<String> erasedMemberIds, int cadenceDays, LocalDate plannedEndDate, MentorshipStatus status,
                      Instant activeSince, Instant endedAt, Agreement agreement, List<Goal> goals, long version) {
        this.id = id;
        this.programId = programId;
        this.members = List.copyOf(members);
        this.memberIds = List.copyOf(memberIds);
        this.erasedMemberIds = erasedMemberIds == null ? List.of() : List.copyOf(erasedMemberIds);
        this.cadenceDays = cadenceDays;
        this.plannedEndDate = plannedEndDate;
        this.status = status;
        this.activeSince = activeSince;
        this.endedAt = endedAt;
        this.agreement = agreement;
        this.goals = goals == null ? List.of() : List.copyOf(goals);
        this.version = version;
    }

    /** A mentorship matching just announced as active (a pair or a group). */
    public static Mentorship matched(String id, String programId, List<MemberCard> members, int cadenceDays,
                                     LocalDate plannedEndDate, Instant activeSince) {
        return new Mentorship(id, programId, members, ids(members), List.of(), cadenceDays, plannedEndDate,
                MentorshipStatus.ACTIVE, activeSince, null, null, List.of(), 0);
    }

    /**
     * The same match announced again (a redelivery or an updated match): members, program and cadence
     * follow the event; what members wrote here stays, and so does an end or an erasure.
     */
    public void rematched(String programId, List<MemberCard> members, int cadenceDays, LocalDate plannedEndDate) {
        this.programId = programId;
        this.members = members.stream().filter(m -> !erasedMemberIds.contains(m.participantId())).toList();
        this.memberIds = ids(this.members);
        this.cadenceDays = cadenceDays;
        this.plannedEndDate = plannedEndDate;
    }

    public void pause() {
        if (status == MentorshipStatus.ACTIVE) {
            status = MentorshipStatus.PAUSED;
        }
    }

    public void resume() {
        if (status == MentorshipStatus.PAUSED) {
            status = MentorshipStatus.ACTIVE;
        }
    }

    public void end(Instant at) {
        if (status != MentorshipStatus.ENDED) {
            status = MentorshipStatus.ENDED;
            endedAt = at;
        }
    }

    /** The erased person leaves the member list for good; a later re-announcement does not bring them back. */
    public void erase(String participantId) {
        members = members.stream().filter(m -> !m.participantId().equals(participantId)).toList();
        memberIds = ids(members);
        if (!erasedMemberIds.contains(participantId)) {
            List<String> erased = new ArrayList<>(erasedMemberIds);
            erased.add(participantId);
            erasedMemberIds = List.copyOf(erased);
        }
    }

    public boolean isMember(String participantId) {
        return memberIds.contains(participantId);
    }

    /** Non-members are told the mentorship does not exist, never that it is someone else's. */
    public void requireMember(String participantId) {
        if (!isMember(participantId)) {
            throw new NotFoundException("mentorship", id);
        }
    }

    /** New sessions need an active mentorship that still has people on both sides to meet. */
    public void requireSchedulable() {
        if (status != MentorshipStatus.ACTIVE) {
            throw new RuleViolationException("mentorship " + id + " is " + status.name().toLowerCase()
                    + "; sessions can be planned only while it is active");
        }
        if (memberIds.size() < 2) {
            throw new RuleViolationException("mentorship " + id + " has fewer than two members left");
        }
    }

    private void requireNotEnded() {
        if (status == MentorshipStatus.ENDED) {
            throw new RuleViolationException("mentorship " + id + " has ended");
        }
    }

    // --- agreement --------------------------------------------------------------------------------------------

    /**
     * Writes a new version of the agreement. {@code baseVersion} is the version the editor saw (0 when
     * there was none), so two members editing at once cannot overwrite each other unseen.
     */
    public void editAgreement(String editor, int baseVersion, Agreement.Terms terms, Instant now) {
        requireMember(editor);
        requireNotEnded();
        int current = agreement == null ? 0 : agreement.version();
        if (baseVersion != current) {
            throw new RuleViolationException("the agreement is at version " + current + ", not " + baseVersion
                    + "; reload it before editing");
        }
        agreement = new Agreement(current + 1, terms.expectations(), terms.cadenceDays(), terms.channels(),
                terms.confidentialityNote(), terms.goals(), editor, now, List.of(), null);
    }

    /**
     * One member confirms the version they read. The last confirmation puts it in force and announces
     * the agreed cadence and channels; confirming twice changes nothing.
     */
    public List<DomainEvent> confirmAgreement(String participantId, int version, Instant now) {
        requireMember(participantId);
        requireNotEnded();
        if (agreement == null) {
            throw new RuleViolationException("mentorship " + id + " has no agreement to confirm yet");
        }
        if (agreement.version() != version) {
            throw new RuleViolationException("the agreement is at version " + agreement.version() + ", not " + version
                    + "; read it again before confirming");
        }
        if (agreement.isConfirmedBy(participantId)) {
            return List.of();
        }
        List<Agreement.Confirmation> confirmations = new ArrayList<>(agreement.confirmations());
        confirmations.add(new Agreement.Confirmation(participantId, now));
        boolean everyone = memberIds.stream()
                .allMatch(member -> confirmations.stream().anyMatch(c -> c.participantId().equals(member)));
        agreement = new Agreement(agreement.version(), agreement.expectations(), agreement.cadenceDays(),
                agreement.channels(), agreement.confidentialityNote(), agreement.goals(), agreement.editedBy(),
                agreement.editedAt(), confirmations, everyone ? now : null);
        if (!everyone) {
            return List.of();
        }
        return List.of(new AgreementConfirmed(id, programId, memberIds, agreement.cadenceDays(), agreement.channels(),
                now));
    }

    /** The cadence members agreed on, once the agreement is in force. */
    public Optional<Integer> agreedCadenceDays() {
        return Optional.ofNullable(agreement).filter(Agreement::isConfirmed).map(Agreement::cadenceDays);
    }

    /** The cadence that counts now: the agreed one, else the program's from the match. */
    public int effectiveCadenceDays() {
        return agreedCadenceDays().orElse(cadenceDays);
    }

    // --- goals ------------------------------------------------------------------------------------------------

    public Change<Goal> setGoal(String setter, Goal.Draft draft, Instant now) {
        requireMember(setter);
        requireNotEnded();
        if (goals.size() >= MAX_GOALS) {
            throw new RuleViolationException("a mentorship keeps at most " + MAX_GOALS + " goals");
        }
        List<Milestone> milestones = draft.milestones().stream()
                .map(title -> new Milestone(UUID.randomUUID().toString(), title, null)).toList();
        Goal goal = new Goal(UUID.randomUUID().toString(), draft.title(), draft.description(), draft.skill(),
                draft.targetDate(), 0, milestones, GoalStatus.OPEN, setter, now, null);
        goals = append(goals, goal);
        return Change.of(goal, new GoalSet(goal.id(), id, programId, memberIds, goal.skill(), goal.targetDate(), setter,
                now));
    }

    public Goal addMilestone(String participantId, String goalId, String title) {
        Goal goal = openGoal(participantId, goalId);
        if (goal.milestones().size() >= Goal.MAX_MILESTONES) {
            throw new RuleViolationException("a goal has at most " + Goal.MAX_MILESTONES + " milestones");
        }
        List<Milestone> milestones = append(goal.milestones(), new Milestone(UUID.randomUUID().toString(), title, null));
        return replace(goal.withProgress(derivedProgress(goal.progressPercent(), goal.milestones(), milestones),
                milestones));
    }

    /**
     * Records progress: milestones completed now and, if given, an explicit percentage; without one the
     * percentage follows the share of milestones done.
     */
    public Goal recordProgress(String participantId, String goalId, Integer percent, Collection<String> completedMilestones,
                               Instant now) {
        Goal goal = openGoal(participantId, goalId);
        Set<String> known = Set.copyOf(goal.milestones().stream().map(Milestone::id).toList());
        for (String milestone : completedMilestones) {
            if (!known.contains(milestone)) {
                throw new IllegalArgumentException("goal " + goalId + " has no milestone " + milestone);
            }
        }
        List<Milestone> milestones = goal.milestones().stream()
                .map(m -> completedMilestones.contains(m.id()) && !m.isDone() ? new Milestone(m.id(), m.title(), now) : m)
                .toList();
        int progress = percent != null ? percent : derivedProgress(goal.progressPercent(), goal.milestones(), milestones);
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress must be between 0 and 100");
        }
        return replace(goal.withProgress(progress, milestones));
    }

    public Change<Goal> achieveGoal(String participantId, String goalId, Instant now) {
        Goal goal = openGoal(participantId, goalId).achieved(now);
        replace(goal);
        return Change.of(goal, new GoalAchieved(goal.id(), id, programId, memberIds, goal.skill(), goal.setAt(), now));
    }

    private Goal openGoal(String participantId, String goalId) {
        requireMember(participantId);
        requireNotEnded();
        Goal goal = goals.stream().filter(g -> g.id().equals(goalId)).findFirst()
                .orElseThrow(() -> new NotFoundException("goal", goalId));
        if (goal.status() == GoalStatus.ACHIEVED) {
            throw new RuleViolationException("goal " + goalId + " is already achieved");
        }
        return goal;
    }

    private Goal replace(Goal goal) {
        goals = goals.stream().map(g -> g.id().equals(goal.id()) ? goal : g).toList();
        return goal;
    }

    /** Milestones drive the percentage when they change; otherwise it stays where members put it. */
    private static int derivedProgress(int current, List<Milestone> before, List<Milestone> after) {
        if (after.isEmpty() || before.equals(after)) {
            return current;
        }
        return (int) (100 * after.stream().filter(Milestone::isDone).count() / after.size());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    private static List<String> ids(List<MemberCard> members) {
        return members.stream().map(MemberCard::participantId).distinct().toList();
    }

    // --- state -------------------------------------------------------------------------------------------------

    public String id() {
        return id;
    }

    public String programId() {
        return programId;
    }

    public List<MemberCard> members() {
        return members;
    }

    public List<String> memberIds() {
        return memberIds;
    }

    public int cadenceDays() {
        return cadenceDays;
    }

    public LocalDate plannedEndDate() {
        return plannedEndDate;
    }

    public MentorshipStatus status() {
        return status;
    }

    public Instant activeSince() {
        return activeSince;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Optional<Agreement> agreement() {
        return Optional.ofNullable(agreement);
    }

    public List<Goal> goals() {
        return goals;
    }

    public Optional<Goal> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    public long version() {
        return version;
    }
}
