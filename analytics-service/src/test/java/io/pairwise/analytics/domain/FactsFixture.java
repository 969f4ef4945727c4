package io.pairwise.analytics.domain;

import io.pairwise.contracts.profile.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds facts by hand for the domain tests. Times are days after {@link #T0}, 2026-01-05 (a Monday) 00:00 UTC. */
final class FactsFixture {

    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    final List<Facts.Program> programs = new ArrayList<>();
    final List<Facts.Participant> participants = new ArrayList<>();
    final List<Facts.Enrollment> enrollments = new ArrayList<>();
    final List<Facts.Proposal> proposals = new ArrayList<>();
    final List<Facts.Mentorship> mentorships = new ArrayList<>();
    final List<Facts.Session> sessions = new ArrayList<>();
    final List<Facts.Feedback> feedback = new ArrayList<>();
    final List<Facts.Goal> goals = new ArrayList<>();
    final List<Facts.Notification> notifications = new ArrayList<>();

    static Instant day(double days) {
        return T0.plusSeconds((long) (days * 86_400));
    }

    FactsFixture program(String id, int cadenceDays) {
        programs.add(new Facts.Program(id, "Program " + id, "CAREER", cadenceDays, List.of("owner"), day(0), null));
        return this;
    }

    FactsFixture mentor(String program, String id, String department, int capacity, double enrolledDay, String... skills) {
        participants.add(new Facts.Participant(id, department, Set.of(skills), Set.of()));
        enrollments.add(new Facts.Enrollment(id, program, Role.MENTOR, day(enrolledDay), day(enrolledDay), null, capacity));
        return this;
    }

    FactsFixture mentee(String program, String id, String department, double enrolledDay, String... goals) {
        participants.add(new Facts.Participant(id, department, Set.of(), Set.of(goals)));
        enrollments.add(new Facts.Enrollment(id, program, Role.MENTEE, day(enrolledDay), day(enrolledDay), null, null));
        return this;
    }

    FactsFixture matched(String program, String id, String mentor, String mentee, double day) {
        // no cadence of its own: the program's applies
        mentorships.add(new Facts.Mentorship(id, program, List.of(mentor), List.of(mentee), day(day), null, null, null,
                null, null, null, null, null));
        return this;
    }

    FactsFixture held(String program, String mentorship, String session, double day, String... members) {
        sessions.add(new Facts.Session(session, mentorship, program, List.of(members), day(day), day(day), null, null));
        return this;
    }

    FactsFixture rating(String program, String mentorship, String from, int rating, double day) {
        feedback.add(new Facts.Feedback("s-" + day, mentorship, program, List.of(), from, rating, day(day)));
        return this;
    }

    Facts facts() {
        return new Facts(programs, participants, enrollments, proposals, mentorships, sessions, feedback, goals,
                notifications);
    }
}
