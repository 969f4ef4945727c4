package io.pairwise.analytics.domain;

import io.pairwise.analytics.domain.AtRisk.Code;
import io.pairwise.analytics.domain.AtRisk.Reason;
import io.pairwise.analytics.domain.AtRisk.Subject;
import io.pairwise.analytics.domain.Facts.Feedback;
import io.pairwise.analytics.domain.Facts.Mentorship;
import io.pairwise.analytics.domain.Facts.MentorshipStatus;
import io.pairwise.analytics.domain.Facts.Program;
import io.pairwise.analytics.domain.Facts.Proposal;
import io.pairwise.analytics.domain.Facts.Session;
import io.pairwise.analytics.domain.Facts.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** Applies each program's at-risk rules to its mentorships and open proposals. */
public final class AtRiskDetector {

    /** Cadence assumed for a mentorship whose program analytics has not heard of. */
    static final int FALLBACK_CADENCE_DAYS = 14;

    private AtRiskDetector() {
    }

    public static List<AtRisk> detect(Facts facts, Function<String, AtRiskRules> rulesOf, Instant now) {
        Map<String, Program> programs = facts.programsById();
        Map<String, List<Session>> sessions = facts.sessionsByMentorship();
        Map<String, List<Feedback>> feedback = facts.feedbackByMentorship();
        List<AtRisk> atRisk = new ArrayList<>();
        for (Mentorship mentorship : facts.mentorships()) {
            if (!mentorship.isCurrent()) {
                continue;
            }
            AtRiskRules rules = rulesOf.apply(mentorship.programId());
            Program program = programs.get(mentorship.programId());
            int cadence = mentorship.cadenceDays(program == null ? FALLBACK_CADENCE_DAYS : program.cadenceDays());
            List<Reason> reasons = Stream.of(
                            noRecentSession(mentorship, sessions.getOrDefault(mentorship.mentorshipId(), List.of()),
                                    cadence, rules, now),
                            noFirstSession(mentorship, sessions.getOrDefault(mentorship.mentorshipId(), List.of()),
                                    rules, now),
                            fallingRatings(feedback.getOrDefault(mentorship.mentorshipId(), List.of()), rules))
                    .filter(Objects::nonNull).toList();
            if (!reasons.isEmpty()) {
                atRisk.add(new AtRisk(mentorship.programId(), mentorship.mentorshipId(), Subject.MENTORSHIP,
                        mentorship.mentorIds(), mentorship.menteeIds(), reasons));
            }
        }
        for (Proposal proposal : facts.proposals()) {
            Reason unanswered = unanswered(proposal, rulesOf.apply(proposal.programId()), now);
            if (unanswered != null) {
                atRisk.add(new AtRisk(proposal.programId(), proposal.mentorshipId(), Subject.PROPOSAL,
                        proposal.mentorIds(), proposal.menteeIds(), List.of(unanswered)));
            }
        }
        atRisk.sort(Comparator.comparing((AtRisk a) -> a.reasons().getFirst().since()).thenComparing(AtRisk::mentorshipId));
        return atRisk;
    }

    /** An active mentorship whose last session (or match, or resumption) is longer ago than the cadence allows. */
    static Reason noRecentSession(Mentorship mentorship, List<Session> sessions, int cadenceDays, AtRiskRules rules,
                                  Instant now) {
        if (!rules.noRecentSession() || mentorship.status() != MentorshipStatus.ACTIVE) {
            return null;
        }
        Instant last = Stream.concat(Stream.of(mentorship.matchedAt(), mentorship.lastResumedAt()),
                        held(sessions).map(Session::heldAt))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        double allowed = cadenceDays * rules.cadenceGraceFactor();
        double since = Stats.days(last, now);
        if (since <= allowed) {
            return null;
        }
        return new Reason(Code.NO_RECENT_SESSION, last, String.format(Locale.ROOT,
                "no session for %d days; the cadence of %d days allows %s", (long) since, cadenceDays, decimal(allowed)));
    }

    /** Matched longer ago than the rule allows and no session held yet. */
    static Reason noFirstSession(Mentorship mentorship, List<Session> sessions, AtRiskRules rules, Instant now) {
        if (!rules.firstSessionOverdue() || mentorship.status() != MentorshipStatus.ACTIVE
                || held(sessions).findAny().isPresent()) {
            return null;
        }
        double since = Stats.days(mentorship.matchedAt(), now);
        if (since <= rules.firstSessionDays()) {
            return null;
        }
        return new Reason(Code.NO_FIRST_SESSION, mentorship.matchedAt(), String.format(Locale.ROOT,
                "matched %d days ago, no session held yet (expected within %d days)", (long) since,
                rules.firstSessionDays()));
    }

    /** The latest ratings' average has fallen at least {@code ratingDrop} below the earlier ratings' average. */
    static Reason fallingRatings(List<Feedback> ratingsInOrder, AtRiskRules rules) {
        int window = rules.ratingWindow();
        if (!rules.fallingRatings() || ratingsInOrder.size() <= window) {
            return null;
        }
        List<Feedback> earlier = ratingsInOrder.subList(0, ratingsInOrder.size() - window);
        List<Feedback> recent = ratingsInOrder.subList(ratingsInOrder.size() - window, ratingsInOrder.size());
        double before = Stats.mean(earlier.stream().map(Feedback::rating).toList());
        double latest = Stats.mean(recent.stream().map(Feedback::rating).toList());
        if (before - latest < rules.ratingDrop()) {
            return null;
        }
        return new Reason(Code.FALLING_RATINGS, recent.getFirst().submittedAt(), String.format(Locale.ROOT,
                "the last %d ratings average %s, down from %s", window, decimal(latest), decimal(before)));
    }

    static Reason unanswered(Proposal proposal, AtRiskRules rules, Instant now) {
        if (!rules.unansweredRequests() || !proposal.isProposal() || proposal.isAnswered()) {
            return null;
        }
        double since = Stats.days(proposal.proposedAt(), now);
        if (since <= rules.unansweredDays()) {
            return null;
        }
        return new Reason(Code.REQUEST_UNANSWERED, proposal.proposedAt(), String.format(Locale.ROOT,
                "proposed %d days ago, still unanswered (answer expected within %d days)", (long) since,
                rules.unansweredDays()));
    }

    private static Stream<Session> held(List<Session> sessions) {
        return sessions.stream().filter(s -> s.status() == SessionStatus.HELD);
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
