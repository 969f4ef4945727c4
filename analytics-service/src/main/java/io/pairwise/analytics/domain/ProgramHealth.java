package io.pairwise.analytics.domain;

import io.pairwise.analytics.domain.Facts.Enrollment;
import io.pairwise.analytics.domain.Facts.Feedback;
import io.pairwise.analytics.domain.Facts.Goal;
import io.pairwise.analytics.domain.Facts.Mentorship;
import io.pairwise.analytics.domain.Facts.MentorshipStatus;
import io.pairwise.analytics.domain.Facts.Notification;
import io.pairwise.analytics.domain.Facts.Participant;
import io.pairwise.analytics.domain.Facts.Program;
import io.pairwise.analytics.domain.Facts.Proposal;
import io.pairwise.analytics.domain.Facts.Session;
import io.pairwise.analytics.domain.Facts.SessionStatus;
import io.pairwise.contracts.profile.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Computes a program's (or the company's) health from its facts. People are counted per program:
 * a mentee "matched" means matched in the program they are enrolled in.
 */
public final class ProgramHealth {

    static final Duration MONTH = Duration.ofDays(30);

    private ProgramHealth() {
    }

    public static Overview overview(String programId, Facts facts, Function<String, AtRiskRules> rulesOf, Instant now) {
        Map<String, Program> programs = facts.programsById();
        List<Enrollment> mentors = facts.currentEnrollments(Role.MENTOR);
        List<Enrollment> mentees = facts.currentEnrollments(Role.MENTEE);
        List<Mentorship> matched = facts.matchedMentorships();
        Map<String, List<Session>> sessionsOf = facts.sessionsByMentorship();

        // mentee (in a program) -> mentorships there
        Map<String, List<Mentorship>> byMentee = new HashMap<>();
        for (Mentorship m : matched) {
            m.menteeIds().forEach(id -> byMentee.computeIfAbsent(key(id, m.programId()), k -> new ArrayList<>()).add(m));
        }
        Set<String> proposedMentees = facts.proposals().stream().filter(Proposal::isProposal)
                .flatMap(p -> p.menteeIds().stream().map(id -> key(id, p.programId()))).collect(Collectors.toSet());

        // enrollment and waitlist
        Set<String> waiting = mentees.stream()
                .filter(e -> byMentee.getOrDefault(key(e), List.of()).stream().noneMatch(Mentorship::isCurrent))
                .map(Enrollment::participantId).collect(Collectors.toSet());
        Overview.Enrollment enrollment = new Overview.Enrollment(
                Figure.count(mentors.size(), ids(mentors)), Figure.count(mentees.size(), ids(mentees)),
                Figure.count(waiting.size(), waiting));

        // matching
        List<Enrollment> matchedMentees = mentees.stream().filter(e -> byMentee.containsKey(key(e))).toList();
        List<Double> timeToMatch = new ArrayList<>();
        Set<String> timeToMatchPeople = new HashSet<>();
        for (Enrollment mentee : matchedMentees) {
            Instant firstMatch = byMentee.get(key(mentee)).stream().map(Mentorship::matchedAt)
                    .min(Comparator.naturalOrder()).orElseThrow();
            if (mentee.firstEnrolledAt() != null && !firstMatch.isBefore(mentee.firstEnrolledAt())) {
                timeToMatch.add(Stats.days(mentee.firstEnrolledAt(), firstMatch));
                timeToMatchPeople.add(mentee.participantId());
            }
        }
        List<Proposal> answered = facts.proposals().stream().filter(p -> p.isProposal() && p.isAnswered()).toList();
        long accepted = answered.stream().filter(p -> p.acceptedAt() != null).count();
        List<Double> timeToFirstSession = new ArrayList<>();
        Set<String> firstSessionPeople = new HashSet<>();
        Set<String> menteesWithSession = new HashSet<>();
        for (Mentorship m : matched) {
            firstHeld(sessionsOf.getOrDefault(m.mentorshipId(), List.of())).ifPresent(first -> {
                timeToFirstSession.add(Stats.days(m.matchedAt(), first));
                firstSessionPeople.addAll(m.members());
                m.menteeIds().forEach(id -> menteesWithSession.add(key(id, m.programId())));
            });
        }
        Overview.Matching matching = new Overview.Matching(
                Figure.ratio(matchedMentees.size(), mentees.size(), ids(mentees)),
                Figure.measure(Stats.median(timeToMatch), timeToMatchPeople),
                Figure.measure(Stats.percentile(timeToMatch, 90), timeToMatchPeople),
                Figure.ratio(accepted, answered.size(), Facts.peopleOf(answered, Proposal::members)),
                Figure.measure(Stats.median(timeToFirstSession), firstSessionPeople),
                Figure.measure(Stats.percentile(timeToFirstSession, 90), firstSessionPeople));

        // mentorships
        Map<MentorshipStatus, List<Mentorship>> byStatus = matched.stream()
                .collect(Collectors.groupingBy(Mentorship::status));
        List<Mentorship> active = byStatus.getOrDefault(MentorshipStatus.ACTIVE, List.of());
        List<Mentorship> ended = Stream.concat(byStatus.getOrDefault(MentorshipStatus.COMPLETED, List.of()).stream(),
                byStatus.getOrDefault(MentorshipStatus.ENDED_EARLY, List.of()).stream()).toList();
        Map<String, Figure> reasons = new TreeMap<>();
        ended.stream().filter(m -> m.endReason() != null).collect(Collectors.groupingBy(Mentorship::endReason))
                .forEach((reason, list) -> reasons.put(reason, Figure.count(list.size(), Facts.peopleOf(list, Mentorship::members))));
        Overview.Mentorships mentorships = new Overview.Mentorships(
                countOf(byStatus, MentorshipStatus.ACTIVE), countOf(byStatus, MentorshipStatus.PAUSED),
                countOf(byStatus, MentorshipStatus.COMPLETED), countOf(byStatus, MentorshipStatus.ENDED_EARLY),
                Figure.measure(Stats.mean(ended.stream().map(Mentorship::lengthDays).toList()),
                        Facts.peopleOf(ended, Mentorship::members)),
                reasons);

        // sessions
        List<Session> sessions = facts.sessions();
        List<Session> held = withStatus(sessions, SessionStatus.HELD);
        List<Session> cancelled = withStatus(sessions, SessionStatus.CANCELLED);
        List<Session> missed = withStatus(sessions, SessionStatus.MISSED);
        Set<String> activePeople = Facts.peopleOf(active, Mentorship::members);
        long heldLastMonth = 0;
        long withinCadence = 0;
        for (Mentorship m : active) {
            List<Session> own = sessionsOf.getOrDefault(m.mentorshipId(), List.of());
            heldLastMonth += withStatus(own, SessionStatus.HELD).stream()
                    .filter(s -> !s.heldAt().isBefore(now.minus(MONTH)) && !s.heldAt().isAfter(now)).count();
            Program program = programs.get(m.programId());
            int cadence = m.cadenceDays(program == null ? AtRiskDetector.FALLBACK_CADENCE_DAYS : program.cadenceDays());
            if (Stats.days(lastContact(m, own), now) <= cadence) {
                withinCadence++;
            }
        }
        List<Feedback> feedback = facts.feedback();
        List<Goal> goals = facts.goals();
        Overview.Sessions sessionFigures = new Overview.Sessions(
                Figure.count(held.size(), Facts.peopleOf(held, Session::memberIds)),
                Figure.measure(active.isEmpty() ? null : (double) heldLastMonth / active.size(), activePeople),
                Figure.ratio(withinCadence, active.size(), activePeople),
                Figure.count(cancelled.size(), Facts.peopleOf(cancelled, Session::memberIds)),
                Figure.count(missed.size(), Facts.peopleOf(missed, Session::memberIds)),
                Figure.ratio(cancelled.size(), held.size() + cancelled.size() + missed.size(),
                        Facts.peopleOf(concat(held, cancelled, missed), Session::memberIds)),
                Figure.ratio(missed.size(), held.size() + missed.size(),
                        Facts.peopleOf(concat(held, missed), Session::memberIds)),
                Figure.measure(Stats.mean(feedback.stream().map(Feedback::rating).toList()),
                        feedback.stream().map(Feedback::fromParticipantId).collect(Collectors.toSet())),
                Figure.ratio(goals.stream().filter(g -> g.achievedAt() != null).count(), goals.size(),
                        Facts.peopleOf(goals, Goal::memberIds)));

        // mentor load
        Map<String, Long> loadOf = new HashMap<>();
        for (Mentorship m : matched) {
            if (m.isCurrent()) {
                m.mentorIds().forEach(id -> loadOf.merge(key(id, m.programId()), (long) m.menteeIds().size(), Long::sum));
            }
        }
        long menteesInCurrent = 0;
        long totalCapacity = 0;
        long atCapacity = 0;
        for (Enrollment mentor : mentors) {
            long load = loadOf.getOrDefault(key(mentor), 0L);
            int capacity = mentor.capacity() == null ? 0 : mentor.capacity();
            menteesInCurrent += load;
            totalCapacity += capacity;
            if (capacity > 0 && load >= capacity) {
                atCapacity++;
            }
        }
        Set<String> mentorPeople = ids(mentors);
        Overview.MentorLoad load = new Overview.MentorLoad(
                Figure.measure(mentors.isEmpty() ? null : (double) menteesInCurrent / mentors.size(), mentorPeople),
                Figure.ratio(menteesInCurrent, totalCapacity, mentorPeople),
                Figure.count(atCapacity, mentorPeople));

        // cross-department connections
        Map<String, Participant> participants = facts.participantsById();
        List<Mentorship> crossing = matched.stream().filter(m -> crossesDepartments(m, participants)).toList();
        Overview.Connections connections = new Overview.Connections(
                Figure.count(crossing.size(), Facts.peopleOf(crossing, Mentorship::members)),
                Figure.ratio(crossing.size(), matched.size(), Facts.peopleOf(matched, Mentorship::members)));

        // notifications
        List<Notification> delivered = facts.notifications().stream().filter(n -> n.deliveredAt() != null).toList();
        List<Notification> failed = facts.notifications().stream()
                .filter(n -> n.deliveredAt() == null && n.failedAt() != null).toList();
        Overview.Notifications notifications = new Overview.Notifications(
                Figure.count(delivered.size(), recipients(delivered)), Figure.count(failed.size(), recipients(failed)));

        // funnel of the mentees enrolled now
        List<Overview.FunnelStage> funnel = List.of(
                stage("ENROLLED", mentees, e -> true),
                stage("PROPOSED", mentees, e -> proposedMentees.contains(key(e)) || byMentee.containsKey(key(e))),
                stage("MATCHED", mentees, e -> byMentee.containsKey(key(e))),
                stage("FIRST_SESSION_HELD", mentees, e -> menteesWithSession.contains(key(e))),
                stage("COMPLETED", mentees, e -> byMentee.getOrDefault(key(e), List.of()).stream()
                        .anyMatch(m -> m.status() == MentorshipStatus.COMPLETED)));

        List<AtRisk> atRisk = AtRiskDetector.detect(facts, rulesOf, now);
        Figure atRiskFigure = Figure.count(atRisk.size(),
                Facts.peopleOf(atRisk, a -> Facts.union(a.mentorIds(), a.menteeIds())));

        return new Overview(programId, now, enrollment, matching, mentorships, sessionFigures, load, connections,
                notifications, funnel, atRiskFigure);
    }

    /** The last session held, or the match or resumption if later. */
    static Instant lastContact(Mentorship mentorship, List<Session> sessions) {
        return Stream.concat(Stream.of(mentorship.matchedAt(), mentorship.lastResumedAt()),
                        withStatus(sessions, SessionStatus.HELD).stream().map(Session::heldAt))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }

    static boolean crossesDepartments(Mentorship mentorship, Map<String, Participant> participants) {
        Set<String> mentorDepartments = departments(mentorship.mentorIds(), participants);
        Set<String> menteeDepartments = departments(mentorship.menteeIds(), participants);
        if (mentorDepartments.isEmpty() || menteeDepartments.isEmpty()) {
            return false;
        }
        return mentorDepartments.stream().anyMatch(d -> !menteeDepartments.contains(d))
                || menteeDepartments.stream().anyMatch(d -> !mentorDepartments.contains(d));
    }

    private static Set<String> departments(List<String> ids, Map<String, Participant> participants) {
        return ids.stream().map(participants::get).filter(Objects::nonNull).map(Participant::department)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static java.util.Optional<Instant> firstHeld(List<Session> sessions) {
        return withStatus(sessions, SessionStatus.HELD).stream().map(Session::heldAt).min(Comparator.naturalOrder());
    }

    private static Overview.FunnelStage stage(String name, List<Enrollment> mentees,
                                              java.util.function.Predicate<Enrollment> reached) {
        List<Enrollment> reachedIt = mentees.stream().filter(reached).toList();
        return new Overview.FunnelStage(name, Figure.count(reachedIt.size(), ids(reachedIt)));
    }

    private static Figure countOf(Map<MentorshipStatus, List<Mentorship>> byStatus, MentorshipStatus status) {
        List<Mentorship> list = byStatus.getOrDefault(status, List.of());
        return Figure.count(list.size(), Facts.peopleOf(list, Mentorship::members));
    }

    static List<Session> withStatus(List<Session> sessions, SessionStatus status) {
        return sessions.stream().filter(s -> s.status() == status).toList();
    }

    @SafeVarargs
    private static List<Session> concat(List<Session>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    private static Set<String> recipients(List<Notification> notifications) {
        return notifications.stream().map(Notification::recipientId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Set<String> ids(List<Enrollment> enrollments) {
        return enrollments.stream().map(Enrollment::participantId).collect(Collectors.toSet());
    }

    private static String key(Enrollment enrollment) {
        return key(enrollment.participantId(), enrollment.programId());
    }

    private static String key(String participantId, String programId) {
        return participantId + "|" + programId;
    }
}
