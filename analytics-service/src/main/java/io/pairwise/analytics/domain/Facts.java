package io.pairwise.analytics.domain;

import io.pairwise.contracts.profile.Role;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the projections know about one program (or every program), entity by entity. Each fact keeps
 * the time of every step it went through rather than a status, so facts can be written in any order
 * and more than once (a redelivery, a rebuild running beside live consumption) and still add up; the
 * status is derived here.
 */
public record Facts(List<Program> programs, List<Participant> participants, List<Enrollment> enrollments,
                    List<Proposal> proposals, List<Mentorship> mentorships, List<Session> sessions,
                    List<Feedback> feedback, List<Goal> goals, List<Notification> notifications) {

    public Facts {
        programs = List.copyOf(programs);
        participants = List.copyOf(participants);
        enrollments = List.copyOf(enrollments);
        proposals = List.copyOf(proposals);
        mentorships = List.copyOf(mentorships);
        sessions = List.copyOf(sessions);
        feedback = List.copyOf(feedback);
        goals = List.copyOf(goals);
        notifications = List.copyOf(notifications);
    }

    /**
     * @param cadenceDays the program's expected days between sessions
     */
    public record Program(String programId, String name, String mentoringType, int cadenceDays, List<String> ownerIds,
                          Instant createdAt, Instant closedAt) {

        public Program {
            ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
        }

        public boolean isOwner(String userId) {
            return ownerIds.contains(userId);
        }
    }

    /**
     * What analytics keeps of a person: no names, only what figures are cut by. Erased people keep their
     * id (counts stay right) and lose the rest.
     *
     * @param skillsOffered skills of level 3 or more, which the person can mentor in
     * @param skillsWanted  the person's development goals
     */
    public record Participant(String participantId, String department, Set<String> skillsOffered,
                              Set<String> skillsWanted) {

        public Participant {
            skillsOffered = skillsOffered == null ? Set.of() : Set.copyOf(skillsOffered);
            skillsWanted = skillsWanted == null ? Set.of() : Set.copyOf(skillsWanted);
        }
    }

    /**
     * One person in one program in one role.
     *
     * @param lastEnrolledAt latest registration; the enrollment is current unless withdrawn after it
     */
    public record Enrollment(String participantId, String programId, Role role, Instant firstEnrolledAt,
                             Instant lastEnrolledAt, Instant withdrawnAt, Integer capacity) {

        public boolean isCurrent() {
            return lastEnrolledAt != null && (withdrawnAt == null || lastEnrolledAt.isAfter(withdrawnAt));
        }
    }

    /**
     * A proposed mentorship. {@code acceptedAt} is when it became active (pair matched, group formed).
     */
    public record Proposal(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                           Instant proposedAt, Instant acceptedAt, Instant declinedAt, Instant expiredAt) {

        public Proposal {
            mentorIds = mentorIds == null ? List.of() : List.copyOf(mentorIds);
            menteeIds = menteeIds == null ? List.of() : List.copyOf(menteeIds);
        }

        public boolean isProposal() {
            return proposedAt != null;
        }

        public boolean isAnswered() {
            return acceptedAt != null || declinedAt != null || expiredAt != null;
        }

        public Set<String> members() {
            return union(mentorIds, menteeIds);
        }
    }

    public enum MentorshipStatus {
        /** Only known from other services' events so far; not counted. */
        UNKNOWN,
        ACTIVE,
        PAUSED,
        COMPLETED,
        ENDED_EARLY
    }

    /**
     * @param matchedCadenceDays cadence matching announced
     * @param agreedCadenceDays  cadence of the confirmed agreement, which wins; null until confirmed
     * @param outcome            COMPLETED or ENDED_EARLY once ended
     */
    public record Mentorship(String mentorshipId, String programId, List<String> mentorIds, List<String> menteeIds,
                             Instant matchedAt, Integer matchedCadenceDays, Integer agreedCadenceDays,
                             Instant lastPausedAt, Instant lastResumedAt, Instant startedAt, Instant endedAt,
                             String outcome, String endReason) {

        public Mentorship {
            mentorIds = mentorIds == null ? List.of() : List.copyOf(mentorIds);
            menteeIds = menteeIds == null ? List.of() : List.copyOf(menteeIds);
        }

        public MentorshipStatus status() {
            if (endedAt != null) {
                return "COMPLETED".equals(outcome) ? MentorshipStatus.COMPLETED : MentorshipStatus.ENDED_EARLY;
            }
            if (matchedAt == null) {
                return MentorshipStatus.UNKNOWN;
            }
            boolean paused = lastPausedAt != null && (lastResumedAt == null || lastPausedAt.isAfter(lastResumedAt));
            return paused ? MentorshipStatus.PAUSED : MentorshipStatus.ACTIVE;
        }

        public boolean isCurrent() {
            return status() == MentorshipStatus.ACTIVE || status() == MentorshipStatus.PAUSED;
        }

        public Set<String> members() {
            return union(mentorIds, menteeIds);
        }

        /** The agreed cadence, else the matched one, else the program's. */
        public int cadenceDays(int programCadenceDays) {
            return agreedCadenceDays != null ? agreedCadenceDays
                    : matchedCadenceDays != null ? matchedCadenceDays : programCadenceDays;
        }

        /** Length in days of an ended mentorship. */
        public double lengthDays() {
            Instant start = startedAt != null ? startedAt : matchedAt;
            return Stats.days(start, endedAt);
        }
    }

    public enum SessionStatus {
        SCHEDULED,
        HELD,
        CANCELLED,
        MISSED
    }

    public record Session(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                          Instant startsAt, Instant heldAt, Instant cancelledAt, Instant missedAt) {

        public Session {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }

        public SessionStatus status() {
            if (heldAt != null) {
                return SessionStatus.HELD;
            }
            if (missedAt != null) {
                return SessionStatus.MISSED;
            }
            return cancelledAt != null ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED;
        }
    }

    public record Feedback(String sessionId, String mentorshipId, String programId, List<String> memberIds,
                           String fromParticipantId, int rating, Instant submittedAt) {

        public Feedback {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }
    }

    public record Goal(String goalId, String mentorshipId, String programId, List<String> memberIds, Instant setAt,
                       Instant achievedAt) {

        public Goal {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }
    }

    /**
     * @param failedAt when delivery failed for good; null while it may still succeed
     */
    public record Notification(String notificationId, String programId, String recipientId, Instant deliveredAt,
                               Instant failedAt) {
    }

    public Optional<Program> program(String programId) {
        return programs.stream().filter(p -> p.programId().equals(programId)).findFirst();
    }

    public Map<String, Program> programsById() {
        return programs.stream().collect(Collectors.toMap(Program::programId, Function.identity()));
    }

    public Map<String, Participant> participantsById() {
        return participants.stream().collect(Collectors.toMap(Participant::participantId, Function.identity(),
                (a, b) -> a));
    }

    public List<Enrollment> currentEnrollments(Role role) {
        return enrollments.stream().filter(e -> e.role() == role && e.isCurrent()).toList();
    }

    public Map<String, List<Session>> sessionsByMentorship() {
        return sessions.stream().collect(Collectors.groupingBy(Session::mentorshipId));
    }

    public Map<String, List<Feedback>> feedbackByMentorship() {
        Map<String, List<Feedback>> byMentorship = feedback.stream()
                .collect(Collectors.groupingBy(Feedback::mentorshipId));
        byMentorship.replaceAll((id, list) -> list.stream().sorted(Comparator.comparing(Feedback::submittedAt)).toList());
        return byMentorship;
    }

    /** Mentorships matching has made active at some point, with their members known. */
    public List<Mentorship> matchedMentorships() {
        return mentorships.stream().filter(m -> m.matchedAt() != null).toList();
    }

    static Set<String> union(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    static <T> Set<String> peopleOf(List<T> items, Function<T, ? extends java.util.Collection<String>> members) {
        Set<String> people = new java.util.HashSet<>();
        for (T item : items) {
            people.addAll(members.apply(item));
        }
        return people;
    }
}
