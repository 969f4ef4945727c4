package io.pairwise.contracts;

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
import io.pairwise.contracts.notification.FailureReason;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.contracts.notification.NotificationDelivered;
import io.pairwise.contracts.notification.NotificationFailed;
import io.pairwise.contracts.profile.CareerStage;
import io.pairwise.contracts.profile.CommunicationStyle;
import io.pairwise.contracts.profile.CommunicationStyle.Directness;
import io.pairwise.contracts.profile.CommunicationStyle.Structure;
import io.pairwise.contracts.profile.Eligibility;
import io.pairwise.contracts.profile.Enrollment;
import io.pairwise.contracts.profile.EnrollmentWithdrawn;
import io.pairwise.contracts.profile.MatchingMode;
import io.pairwise.contracts.profile.MatchingObjective;
import io.pairwise.contracts.profile.MatchingRules;
import io.pairwise.contracts.profile.MeetingMode;
import io.pairwise.contracts.profile.MeetingPreferences;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.contracts.profile.ProgramClosed;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.profile.ProgramSnapshot;
import io.pairwise.contracts.profile.ProgramUpdated;
import io.pairwise.contracts.profile.Role;
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
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One realistic instance of every event type, for contract tests here and as ready-made input for
 * consumers' tests: a mentor and a mentee in a leadership program, their mentorship and its sessions.
 * Plain Java with no test dependencies, so other modules can copy or share it.
 */
public final class EventSamples {

    public static final String PROGRAM_ID = "prg-leadership-2026";
    public static final String MENTOR_ID = "prt-4f1c9a";
    public static final String MENTEE_ID = "prt-8b27e0";
    public static final String MENTORSHIP_ID = "msh-2d93c7";
    public static final String SESSION_ID = "ses-71ab04";
    public static final String ADMIN_ID = "usr-admin-017";
    public static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private static final List<String> MENTORS = List.of(MENTOR_ID);
    private static final List<String> MENTEES = List.of(MENTEE_ID);
    private static final List<String> MEMBERS = List.of(MENTOR_ID, MENTEE_ID);
    private static final Instant SESSION_START = Instant.parse("2026-03-10T15:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-01-12T10:00:00Z");

    private static final Map<Class<? extends DomainEvent>, DomainEvent> SAMPLES = index(
            new MentorRegistered(MENTOR_ID, PROGRAM_ID, mentorProfile(), 2, NOW),
            new MenteeRegistered(MENTEE_ID, PROGRAM_ID, menteeProfile(), NOW),
            new ProfileUpdated(MENTOR_ID, mentorProfile(), List.of(
                    new Enrollment(PROGRAM_ID, Role.MENTOR, 2),
                    new Enrollment("prg-reverse-ai-2026", Role.MENTEE, null)), NOW),
            new EnrollmentWithdrawn(MENTEE_ID, PROGRAM_ID, Role.MENTEE, WithdrawalReason.PARTICIPANT_REQUEST, NOW),
            new ParticipantErased(MENTEE_ID, NOW),
            new ProgramCreated(PROGRAM_ID, program(), NOW),
            new ProgramUpdated(PROGRAM_ID, program(), NOW),
            new ProgramClosed(PROGRAM_ID, ADMIN_ID, NOW),

            new MatchProposed(MENTORSHIP_ID, PROGRAM_ID, MENTORS, MENTEES, ProposalOrigin.AUTOMATIC, 0.87,
                    contributions(), reasons(), MEMBERS, Instant.parse("2026-03-09T09:15:00Z"), NOW),
            new MatchAccepted(MENTORSHIP_ID, PROGRAM_ID, MENTORS, MENTEES, MENTEE_ID, MENTORS, NOW),
            new MatchDeclined(MENTORSHIP_ID, PROGRAM_ID, MENTORS, MENTEES, MENTOR_ID, DeclineReason.NO_CAPACITY, NOW),
            new MatchExpired(MENTORSHIP_ID, PROGRAM_ID, MENTORS, MENTEES, MENTORS, NOW),
            new PairMatched(MENTORSHIP_ID, PROGRAM_ID, List.of(mentorCard()), List.of(menteeCard()), 0.87, reasons(),
                    14, LocalDate.parse("2026-09-02"), NOW),
            new GroupFormed("msh-group-5e10", "prg-cloud-circle", List.of(mentorCard()),
                    List.of(menteeCard(), new Member("prt-c0ffee", "Kenji Watanabe", "Asia/Tokyo"),
                            new Member("prt-51d2aa", "Amara Okafor", "Africa/Lagos")),
                    List.of("Kubernetes", "Public speaking"), 0.74, 14, LocalDate.parse("2026-06-30"), NOW),
            new MentorshipPaused(MENTORSHIP_ID, PROGRAM_ID, MENTORS, MENTEES, MENTEE_ID, PauseReason.LEAVE, NOW),
            new MentorshipResumed(MENTORSHIP_ID, PROGRAM_ID, MENTORS, MENTEES, MENTEE_ID, NOW),
            new RelationshipEnded(MENTORSHIP_ID, PROGRAM_ID, MENTORS, MENTEES, RelationshipOutcome.ENDED_EARLY,
                    EndReason.SCHEDULE_CONFLICT, MENTEE_ID, STARTED, NOW),

            new AgreementConfirmed(MENTORSHIP_ID, PROGRAM_ID, MEMBERS, 14,
                    List.of(SessionChannel.VIDEO, SessionChannel.IN_PERSON), NOW),
            new SessionScheduled(SESSION_ID, MENTORSHIP_ID, PROGRAM_ID, MEMBERS, SESSION_START, 45, "Europe/Berlin",
                    SessionChannel.VIDEO, MENTEE_ID, NOW),
            new SessionRescheduled(SESSION_ID, MENTORSHIP_ID, PROGRAM_ID, MEMBERS, SESSION_START,
                    Instant.parse("2026-03-11T15:30:00Z"), 45, "Europe/Berlin", SessionChannel.VIDEO, MENTOR_ID, NOW),
            new SessionCancelled(SESSION_ID, MENTORSHIP_ID, PROGRAM_ID, MEMBERS, SESSION_START, MENTOR_ID,
                    CancellationReason.ILLNESS, NOW),
            new SessionHeld(SESSION_ID, MENTORSHIP_ID, PROGRAM_ID, MEMBERS, SESSION_START, 50, MEMBERS,
                    SessionChannel.VIDEO, NOW),
            new SessionMissed(SESSION_ID, MENTORSHIP_ID, PROGRAM_ID, MEMBERS, SESSION_START, MENTEES, MENTOR_ID, NOW),
            new FeedbackSubmitted(SESSION_ID, MENTORSHIP_ID, PROGRAM_ID, MEMBERS, MENTEE_ID, 5, NOW),
            new GoalSet("gol-3a9e51", MENTORSHIP_ID, PROGRAM_ID, MEMBERS, "Stakeholder management",
                    LocalDate.parse("2026-06-30"), MENTEE_ID, NOW),
            new GoalAchieved("gol-3a9e51", MENTORSHIP_ID, PROGRAM_ID, MEMBERS, "Stakeholder management",
                    Instant.parse("2026-01-20T08:00:00Z"), NOW),

            new NotificationDelivered("ntf-90e4b2", MENTEE_ID, NotificationChannel.EMAIL, "pair-matched",
                    "0b6f2a4e-5d7c-4e8b-9f1a-3c2d1e0f9a8b", PROGRAM_ID, 1, NOW),
            new NotificationFailed("ntf-17c3d8", MENTOR_ID, NotificationChannel.CHAT_WEBHOOK, "session-reminder",
                    null, PROGRAM_ID, 5, FailureReason.RETRIES_EXHAUSTED, true, NOW));

    private EventSamples() {
    }

    /** All samples, in catalogue order. */
    public static List<DomainEvent> all() {
        return EventCatalog.all().stream().<DomainEvent>map(type -> sample(type.payload())).toList();
    }

    public static <T extends DomainEvent> T sample(Class<T> payload) {
        DomainEvent sample = SAMPLES.get(payload);
        if (sample == null) {
            throw new IllegalArgumentException("no sample of " + payload.getName());
        }
        return payload.cast(sample);
    }

    /** A senior engineering manager in Berlin who mentors two people at once. */
    public static ParticipantSnapshot mentorProfile() {
        return new ParticipantSnapshot("E10442", "ingrid.schaefer", "Ingrid Schäfer", "ingrid.schaefer@example.com", "de-DE",
                "Engineering Manager", "Platform Engineering", "Berlin", "Europe/Berlin", List.of("de", "en"),
                "E10007", List.of("E10007", "E10001"), CareerStage.SENIOR, 14,
                List.of(new SkillLevel("Kubernetes", 5), new SkillLevel("Stakeholder management", 4)),
                List.of("Executive presence"), List.of("Climbing", "Chess"), List.of("Candour", "Curiosity"),
                new CommunicationStyle(Directness.DIRECT, Structure.STRUCTURED),
                new MeetingPreferences(14, List.of(MeetingMode.VIDEO, MeetingMode.IN_PERSON)), 2, List.of());
    }

    /** An early-career developer in Lisbon who wants to grow into a lead role. */
    public static ParticipantSnapshot menteeProfile() {
        return new ParticipantSnapshot("E20871", "tiago.almeida", "Tiago Almeida", "tiago.almeida@example.com", "pt-PT", null,
                "Payments", "Lisbon", "Europe/Lisbon", List.of("pt", "en"), "E20100", List.of("E20100", "E20002"),
                CareerStage.EARLY, 3, List.of(new SkillLevel("Java", 3)),
                List.of("Kubernetes", "Stakeholder management"), List.of("Surfing"), List.of("Curiosity"),
                new CommunicationStyle(Directness.DIPLOMATIC, Structure.EXPLORATORY),
                new MeetingPreferences(14, List.of(MeetingMode.VIDEO)), null, List.of("prt-77aa01"));
    }

    public static ProgramSnapshot program() {
        Map<MatchCriterion, Double> weights = Map.of(MatchCriterion.SKILL_FIT, 0.4, MatchCriterion.SENIORITY_GAP, 0.15,
                MatchCriterion.TIME_ZONE_OVERLAP, 0.15, MatchCriterion.SHARED_LANGUAGE, 0.1,
                MatchCriterion.STYLE_AND_VALUES, 0.1, MatchCriterion.CROSS_DEPARTMENT, 0.1);
        return new ProgramSnapshot("Leadership Mentoring 2026", "Career mentoring for future engineering leads.",
                MentoringType.CAREER, MatchingMode.AUTOMATIC, LocalDate.parse("2026-01-05"),
                LocalDate.parse("2026-12-18"), false, Instant.parse("2025-12-01T00:00:00Z"),
                Instant.parse("2026-02-28T23:59:59Z"), true, 14, 180, 2, null,
                new Eligibility(List.of(), List.of("Berlin", "Lisbon", "Remote"), List.of(CareerStage.values())),
                new MatchingRules(4, true, true, MatchingObjective.BEST_TOTAL_FIT, weights), List.of(ADMIN_ID));
    }

    public static Member mentorCard() {
        return new Member(MENTOR_ID, "Ingrid Schäfer", "Europe/Berlin");
    }

    public static Member menteeCard() {
        return new Member(MENTEE_ID, "Tiago Almeida", "Europe/Lisbon");
    }

    private static Map<MatchCriterion, Double> contributions() {
        return Map.of(MatchCriterion.SKILL_FIT, 0.38, MatchCriterion.SENIORITY_GAP, 0.14,
                MatchCriterion.TIME_ZONE_OVERLAP, 0.15, MatchCriterion.SHARED_LANGUAGE, 0.1,
                MatchCriterion.STYLE_AND_VALUES, 0.02, MatchCriterion.CROSS_DEPARTMENT, 0.08);
    }

    private static List<MatchReason> reasons() {
        return List.of(
                new MatchReason(MatchCriterion.SKILL_FIT, "shared-goal",
                        Map.of("skill", "Kubernetes", "mentorLevel", "5"),
                        "shares your goal: Kubernetes (mentor level 5)"),
                new MatchReason(MatchCriterion.TIME_ZONE_OVERLAP, "time-zone-distance", Map.of("hours", "1"),
                        "one hour apart"));
    }

    private static Map<Class<? extends DomainEvent>, DomainEvent> index(DomainEvent... samples) {
        return Stream.of(samples).collect(Collectors.toUnmodifiableMap(DomainEvent::getClass, Function.identity()));
    }
}
