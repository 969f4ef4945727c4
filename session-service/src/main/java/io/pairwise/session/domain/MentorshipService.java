package io.pairwise.session.domain;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.session.CancellationReason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The mentorship read model (kept from matching's events) and what members keep on a mentorship: the
 * agreement, the goals and the cadence view.
 */
public class MentorshipService {

    private final MentorshipRepository mentorships;
    private final SessionRepository sessions;
    private final SessionService sessionService;
    private final Clock clock;

    public MentorshipService(MentorshipRepository mentorships, SessionRepository sessions, SessionService sessionService,
                             Clock clock) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.sessionService = sessionService;
        this.clock = clock;
    }

    // --- from matching's events (idempotent: a redelivery leaves the same state) ------------------------------

    public void matched(String id, String programId, List<MemberCard> members, int cadenceDays, LocalDate plannedEndDate,
                        Instant activeSince) {
        OptimisticRetry.run(() -> mentorships.find(id).ifPresentOrElse(
                existing -> {
                    existing.rematched(programId, members, cadenceDays, plannedEndDate);
                    mentorships.update(existing, List.of());
                },
                () -> mentorships.insert(Mentorship.matched(id, programId, members, cadenceDays, plannedEndDate,
                        activeSince), List.of())));
    }

    /** Returns false for a mentorship this service never heard of (nothing to pause). */
    public boolean paused(String id) {
        return OptimisticRetry.run(() -> mentorships.find(id).map(m -> {
            m.pause();
            mentorships.update(m, List.of());
            return true;
        }).orElse(false));
    }

    public boolean resumed(String id) {
        return OptimisticRetry.run(() -> mentorships.find(id).map(m -> {
            m.resume();
            mentorships.update(m, List.of());
            return true;
        }).orElse(false));
    }

    /** The relationship ended: the mentorship is closed and every session still to come is cancelled. */
    public boolean ended(String id, Instant endedAt) {
        boolean known = OptimisticRetry.run(() -> mentorships.find(id).map(m -> {
            m.end(endedAt);
            mentorships.update(m, List.of());
            return true;
        }).orElse(false));
        sessionService.cancelOpenSessions(id, CancellationReason.RELATIONSHIP_ENDED);
        return known;
    }

    // --- member reads -------------------------------------------------------------------------------------------

    public List<Mentorship> ofMember(String participantId) {
        return mentorships.findByMember(participantId);
    }

    public Mentorship forMember(String participantId, String mentorshipId) {
        Mentorship mentorship = mentorships.find(mentorshipId)
                .orElseThrow(() -> new NotFoundException("mentorship", mentorshipId));
        mentorship.requireMember(participantId);
        return mentorship;
    }

    public Cadence cadence(Mentorship mentorship) {
        Instant now = clock.instant();
        return Cadence.of(mentorship, sessions.lastHeld(mentorship.id()).map(Session::startsAt).orElse(null),
                sessions.nextScheduled(mentorship.id(), now).map(Session::startsAt).orElse(null), now);
    }

    /** Figures for a member or a program admin; nothing any member wrote. */
    public MentorshipSummary summary(String caller, boolean programAdmin, String mentorshipId) {
        Mentorship mentorship = programAdmin
                ? mentorships.find(mentorshipId).orElseThrow(() -> new NotFoundException("mentorship", mentorshipId))
                : forMember(caller, mentorshipId);
        List<Goal> goals = mentorship.goals();
        return new MentorshipSummary(mentorship.id(), mentorship.programId(), mentorship.status(),
                mentorship.memberIds().size(), mentorship.agreement().map(Agreement::isConfirmed).orElse(false),
                sessions.countByStatus(mentorshipId), goals.size(),
                (int) goals.stream().filter(g -> g.status() == GoalStatus.ACHIEVED).count(), cadence(mentorship));
    }

    // --- agreement ----------------------------------------------------------------------------------------------

    /** Returns the mentorship with its new agreement version. */
    public Mentorship editAgreement(String caller, String mentorshipId, int baseVersion, Agreement.Terms terms) {
        return change(caller, mentorshipId, m -> {
            m.editAgreement(caller, baseVersion, terms, clock.instant());
            return Change.of(m);
        });
    }

    public Mentorship confirmAgreement(String caller, String mentorshipId, int version) {
        return change(caller, mentorshipId, m -> new Change<>(m, m.confirmAgreement(caller, version, clock.instant())));
    }

    // --- goals --------------------------------------------------------------------------------------------------

    public Goal setGoal(String caller, String mentorshipId, Goal.Draft draft) {
        return change(caller, mentorshipId, m -> m.setGoal(caller, draft, clock.instant()));
    }

    public Goal addMilestone(String caller, String mentorshipId, String goalId, String title) {
        return change(caller, mentorshipId, m -> Change.of(m.addMilestone(caller, goalId, title)));
    }

    public Goal recordProgress(String caller, String mentorshipId, String goalId, Integer percent,
                               Collection<String> completedMilestones) {
        return change(caller, mentorshipId,
                m -> Change.of(m.recordProgress(caller, goalId, percent, completedMilestones, clock.instant())));
    }

    public Goal achieveGoal(String caller, String mentorshipId, String goalId) {
        return change(caller, mentorshipId, m -> m.achieveGoal(caller, goalId, clock.instant()));
    }

    public Goal goal(String caller, String mentorshipId, String goalId) {
        return forMember(caller, mentorshipId).goal(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
    }

    /** Read, decide as the member, write with the events; again from the top if someone wrote in between. */
    private <T> T change(String caller, String mentorshipId, Function<Mentorship, Change<T>> command) {
        return OptimisticRetry.run(() -> {
            Mentorship mentorship = forMember(caller, mentorshipId);
            Change<T> change = command.apply(mentorship);
            mentorships.update(mentorship, change.events());
            return change.state();
        });
    }
}
