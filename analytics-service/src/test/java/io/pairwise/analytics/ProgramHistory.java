package io.pairwise.analytics;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.matching.DeclineReason;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.ProposalOrigin;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.matching.RelationshipOutcome;
import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.contracts.notification.NotificationDelivered;
import io.pairwise.contracts.notification.NotificationFailed;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.profile.ProgramSnapshot;
import io.pairwise.contracts.profile.SkillLevel;
import io.pairwise.contracts.profile.WithdrawalReason;
import io.pairwise.contracts.session.AgreementConfirmed;
import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.FeedbackSubmitted;
import io.pairwise.contracts.session.GoalAchieved;
import io.pairwise.contracts.session.GoalSet;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionMissed;
import io.pairwise.contracts.session.SessionScheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scripted history of one program, "P", as profile, matching, session and notification services
 * would publish it, plus a small second program "Q". The clock of the tests stands at {@link #NOW},
 * Friday 2026-03-20 12:00 UTC (ISO week 12). Every figure the tests expect is worked out by hand in
 * the comments here and in the tests.
 *
 * <pre>
 * P: cadence 14 days, owner "owner-" + suffix.
 *  mentors m1..m6 enrolled Mon 02-02 09:00 (W06), capacity 2, all offer Kubernetes (level 4);
 *          m1, m2 also Go (3); m6 Negotiation at level 2 (not enough to mentor). m1-m3 Engineering, m4-m6 Sales.
 *  mentees e1..e6, e9 enrolled Tue 02-03 09:00 (W06), e7, e8 Tue 02-10 (W07); e9 withdrew 02-20.
 *          all want Kubernetes, e1-e3 also Go. e1-e4 Engineering, e5-e8 Finance.
 *  ms1 m1-e1 proposed 02-05, matched 02-06 (3 d after enrolling); held 02-13, 02-27, 03-13;
 *          ratings 5 (e1), 5 (m1), 4, 2 -> falling; goal g1 set 02-13, achieved 03-13.
 *  ms2 m2-e2 proposed 02-05, matched 02-08 (5 d); agreement cadence 7; held 02-16, 03-02; ratings 4, 5;
 *          goal g2 set 02-16 -> last session 18 d ago > 7 x 1.5: no recent session.
 *  ms3 m3-e3 proposed 02-05, matched 02-10 (7 d); held 02-20, rating 3; cancelled s3b 03-05; goal g3 set
 *          02-20, achieved 03-12; completed 03-12 (GOALS_ACHIEVED, 30 days long).
 *  ms4 m4-e4 proposed 02-12, matched 02-13 (10 d); missed s4a 02-27; ended early 03-06 (NOT_A_FIT, 21 days).
 *  ms5 m5-e5 proposed 02-12, matched 02-15 (12 d); nothing since: no first session, no recent session.
 *  ms6 m6-e6 proposed 02-12, declined 02-13.  ms7 m6-e6 proposed 02-16, expired 02-20.
 *  ms8 m6-e7 proposed 03-10, unanswered since.  e8 never proposed.
 *  notifications: 5 delivered to 5 people, 1 failed for good, 1 failed and will be retried.
 * Q: mentors qm1, qm2 (Engineering, Kubernetes 5) and mentees qe1..qe3 (Kubernetes) enrolled 02-04;
 *    qms1 qm1-qe1 matched 02-11 (7 d).
 * </pre>
 */
final class ProgramHistory {

    static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    /** One event as its producer published it: the CloudEvents time is the business time. */
    record Step(DomainEvent event, Instant time) {
    }

    final String suffix;
    final String programP;
    final String programQ;
    final String owner;
    private final List<Step> steps = new ArrayList<>();

    ProgramHistory() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        programP = "prg-p-" + suffix;
        programQ = "prg-q-" + suffix;
        owner = "owner-" + suffix;
    }

    String id(String local) {
        return local + "-" + suffix;
    }

    /** The events added so far, in publishing order. */
    List<Step> steps() {
        return List.copyOf(steps);
    }

    /** A new history holding the scripted programs P and Q. */
    static ProgramHistory scripted() {
        ProgramHistory history = new ProgramHistory();
        history.script();
        return history;
    }

    private void script() {
        program(programP, "Program P " + suffix, 14, at("2026-02-01T09:00"));
        program(programQ, "Program Q " + suffix, 14, at("2026-02-01T09:00"));
        for (int i = 1; i <= 6; i++) {
            List<SkillLevel> skills = new ArrayList<>(List.of(new SkillLevel("Kubernetes", 4)));
            if (i <= 2) {
                skills.add(new SkillLevel("Go", 3));
            }
            if (i == 6) {
                skills.add(new SkillLevel("Negotiation", 2));
            }
            mentor(programP, id("m" + i), i <= 3 ? "Engineering" : "Sales", skills, at("2026-02-02T09:00"));
        }
        for (int i = 1; i <= 9; i++) {
            List<String> goals = i <= 3 ? List.of("Kubernetes", "Go") : List.of("Kubernetes");
            Instant enrolled = i == 7 || i == 8 ? at("2026-02-10T09:00") : at("2026-02-03T09:00");
            mentee(programP, id("e" + i), i <= 4 ? "Engineering" : "Finance", goals, enrolled);
        }
        add(new EnrollmentWithdrawn(id("e9"), programP, io.pairwise.contracts.profile.Role.MENTEE,
                WithdrawalReason.PARTICIPANT_REQUEST, at("2026-02-20T09:00")));

        proposed("ms1", 1, 1, "2026-02-05T09:00");
        matched("ms1", 1, 1, "2026-02-06T09:00");
        proposed("ms2", 2, 2, "2026-02-05T09:00");
        matched("ms2", 2, 2, "2026-02-08T09:00");
        add(new AgreementConfirmed(id("ms2"), programP, members(2, 2), 7, List.of(SessionChannel.VIDEO),
                at("2026-02-09T09:00")));
        proposed("ms3", 3, 3, "2026-02-05T09:00");
        matched("ms3", 3, 3, "2026-02-10T09:00");
        proposed("ms4", 4, 4, "2026-02-12T09:00");
        matched("ms4", 4, 4, "2026-02-13T09:00");
        proposed("ms5", 5, 5, "2026-02-12T09:00");
        matched("ms5", 5, 5, "2026-02-15T09:00");
        proposed("ms6", 6, 6, "2026-02-12T09:00");
        add(new MatchDeclined(id("ms6"), programP, List.of(id("m6")), List.of(id("e6")), id("m6"),
                DeclineReason.NO_CAPACITY, at("2026-02-13T09:00")));
        proposed("ms7", 6, 6, "2026-02-16T09:00");
        add(new MatchExpired(id("ms7"), programP, List.of(id("m6")), List.of(id("e6")), List.of(id("m6")),
                at("2026-02-20T09:00")));
        proposed("ms8", 6, 7, "2026-03-10T09:00");

        held("ms1", 1, 1, "s1a", "2026-02-13T09:00");
        rating("ms1", 1, 1, "s1a", "e1", 5, "2026-02-13T12:00");
        rating("ms1", 1, 1, "s1a", "m1", 5, "2026-02-13T13:00");
        goalSet("g1", "ms1", 1, 1, "2026-02-13T10:00");
        held("ms1", 1, 1, "s1b", "2026-02-27T09:00");
        rating("ms1", 1, 1, "s1b", "e1", 4, "2026-02-27T12:00");
        held("ms1", 1, 1, "s1c", "2026-03-13T09:00");
        rating("ms1", 1, 1, "s1c", "e1", 2, "2026-03-13T12:00");
        goalAchieved("g1", "ms1", 1, 1, "2026-02-13T10:00", "2026-03-13T10:00");

        held("ms2", 2, 2, "s2a", "2026-02-16T09:00");
        rating("ms2", 2, 2, "s2a", "e2", 4, "2026-02-16T12:00");
        rating("ms2", 2, 2, "s2a", "m2", 5, "2026-02-16T13:00");
        goalSet("g2", "ms2", 2, 2, "2026-02-16T10:00");
        held("ms2", 2, 2, "s2b", "2026-03-02T09:00");

        held("ms3", 3, 3, "s3a", "2026-02-20T09:00");
        rating("ms3", 3, 3, "s3a", "e3", 3, "2026-02-20T12:00");
        goalSet("g3", "ms3", 3, 3, "2026-02-20T10:00");
        scheduled("ms3", 3, 3, "s3b", "2026-03-01T09:00", "2026-03-06T09:00");
        add(new SessionCancelled(id("s3b"), id("ms3"), programP, members(3, 3), at("2026-03-06T09:00"), id("e3"),
                CancellationReason.WORKLOAD, at("2026-03-05T09:00")));
        goalAchieved("g3", "ms3", 3, 3, "2026-02-20T10:00", "2026-03-12T08:00");
        add(new RelationshipEnded(id("ms3"), programP, List.of(id("m3")), List.of(id("e3")),
                RelationshipOutcome.COMPLETED, EndReason.GOALS_ACHIEVED, null, at("2026-02-10T09:00"),
                at("2026-03-12T09:00")));

        scheduled("ms4", 4, 4, "s4a", "2026-02-20T09:00", "2026-02-27T09:00");
        add(new SessionMissed(id("s4a"), id("ms4"), programP, members(4, 4), at("2026-02-27T09:00"),
                List.of(id("e4")), id("m4"), at("2026-02-27T10:00")));
        add(new RelationshipEnded(id("ms4"), programP, List.of(id("m4")), List.of(id("e4")),
                RelationshipOutcome.ENDED_EARLY, EndReason.NOT_A_FIT, id("e4"), at("2026-02-13T09:00"),
                at("2026-03-06T09:00")));

        for (int i = 1; i <= 5; i++) {
            add(new NotificationDelivered(id("n" + i), id("e" + i), NotificationChannel.EMAIL, "pair-matched", null,
                    programP, 1, at("2026-02-16T09:00")));
        }
        add(new NotificationFailed(id("n6"), id("e6"), NotificationChannel.EMAIL, "match-proposed", null, programP, 3,
                FailureReason.RETRIES_EXHAUSTED, true, at("2026-02-13T09:00")));
        add(new NotificationFailed(id("n7"), id("e7"), NotificationChannel.EMAIL, "match-proposed", null, programP, 1,
                FailureReason.CHANNEL_UNAVAILABLE, false, at("2026-03-10T09:00")));

        for (int i = 1; i <= 2; i++) {
            mentor(programQ, id("qm" + i), "Engineering", List.of(new SkillLevel("Kubernetes", 5)), at("2026-02-04T09:00"));
        }
        for (int i = 1; i <= 3; i++) {
            mentee(programQ, id("qe" + i), "Engineering", List.of("Kubernetes"), at("2026-02-04T09:00"));
        }
        add(new PairMatched(id("qms1"), programQ, List.of(card(id("qm1"))), List.of(card(id("qe1"))), 0.7, List.of(),
                14, LocalDate.parse("2026-08-01"), at("2026-02-11T09:00")));
    }

    // --- building blocks ------------------------------------------------------------------------------------------

    static Instant at(String localUtc) {
        return Instant.parse(localUtc + ":00Z");
    }

    void add(DomainEvent event) {
        steps.add(new Step(event, timeOf(event)));
    }

    private static Instant timeOf(DomainEvent event) {
        if (event instanceof RelationshipEnded ended) {
            return ended.endedAt();
        }
        try {
            return (Instant) event.getClass().getMethod("occurredAt").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(event.getClass() + " has no occurredAt", e);
        }
    }

    void program(String programId, String name, int cadenceDays, Instant at) {
        ProgramSnapshot sample = EventSamples.program();
        ProgramSnapshot program = new ProgramSnapshot(name, sample.description(), sample.mentoringType(),
                sample.matchingMode(), sample.startDate(), sample.endDate(), sample.evergreen(),
                sample.enrollmentOpensAt(), sample.enrollmentClosesAt(), true, cadenceDays,
                sample.defaultRelationshipLengthDays(), 2, null, sample.eligibility(), sample.matchingRules(),
                List.of(owner));
        add(new ProgramCreated(programId, program, at));
    }

    void mentor(String programId, String participantId, String department, List<SkillLevel> skills, Instant at) {
        add(new MentorRegistered(participantId, programId, profile(participantId, department, skills, List.of(), 2), 2, at));
    }

    void mentee(String programId, String participantId, String department, List<String> goals, Instant at) {
        add(new MenteeRegistered(participantId, programId, profile(participantId, department, List.of(), goals, null), at));
    }

    static ParticipantSnapshot profile(String participantId, String department, List<SkillLevel> skills,
                                       List<String> goals, Integer capacity) {
        ParticipantSnapshot s = EventSamples.mentorProfile();
        return new ParticipantSnapshot(participantId, null, "Person " + participantId, participantId + "@example.com",
                s.preferredLocale(), s.jobTitle(), department, s.location(), s.timeZone(), s.languages(), null,
                List.of(), s.careerStage(), s.yearsOfExperience(), skills, goals, s.interests(), s.values(),
                s.communicationStyle(), s.meetingPreferences(), capacity, List.of());
    }

    private void proposed(String mentorship, int mentor, int mentee, String at) {
        add(new MatchProposed(id(mentorship), programP, List.of(id("m" + mentor)), List.of(id("e" + mentee)),
                ProposalOrigin.AUTOMATIC, 0.8, Map.of(), List.of(), List.of(id("m" + mentor), id("e" + mentee)),
                at(at).plusSeconds(7 * 86_400), at(at)));
    }

    private void matched(String mentorship, int mentor, int mentee, String at) {
        add(new PairMatched(id(mentorship), programP, List.of(card(id("m" + mentor))), List.of(card(id("e" + mentee))),
                0.8, List.of(), 14, LocalDate.parse("2026-08-01"), at(at)));
    }

    private void scheduled(String mentorship, int mentor, int mentee, String session, String at, String startsAt) {
        add(new SessionScheduled(id(session), id(mentorship), programP, members(mentor, mentee), at(startsAt), 60,
                "Europe/Berlin", SessionChannel.VIDEO, id("m" + mentor), at(at)));
    }

    private void held(String mentorship, int mentor, int mentee, String session, String at) {
        scheduled(mentorship, mentor, mentee, session, at, at);
        add(new SessionHeld(id(session), id(mentorship), programP, members(mentor, mentee), at(at), 60,
                members(mentor, mentee), SessionChannel.VIDEO, at(at).plusSeconds(3600)));
    }

    private void rating(String mentorship, int mentor, int mentee, String session, String from, int rating, String at) {
        add(new FeedbackSubmitted(id(session), id(mentorship), programP, members(mentor, mentee), id(from), rating, at(at)));
    }

    private void goalSet(String goal, String mentorship, int mentor, int mentee, String at) {
        add(new GoalSet(id(goal), id(mentorship), programP, members(mentor, mentee), "Kubernetes", null, id("e" + mentee),
                at(at)));
    }

    private void goalAchieved(String goal, String mentorship, int mentor, int mentee, String setAt, String at) {
        add(new GoalAchieved(id(goal), id(mentorship), programP, members(mentor, mentee), "Kubernetes", at(setAt), at(at)));
    }

    private List<String> members(int mentor, int mentee) {
        return List.of(id("m" + mentor), id("e" + mentee));
    }

    static Member card(String participantId) {
        return new Member(participantId, "Person " + participantId, "Europe/Berlin");
    }
}
