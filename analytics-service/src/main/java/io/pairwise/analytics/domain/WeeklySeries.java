package io.pairwise.analytics.domain;

import io.pairwise.analytics.domain.Facts.Enrollment;
import io.pairwise.analytics.domain.Facts.Feedback;
import io.pairwise.analytics.domain.Facts.Goal;
import io.pairwise.analytics.domain.Facts.Mentorship;
import io.pairwise.analytics.domain.Facts.Proposal;
import io.pairwise.analytics.domain.Facts.Session;
import io.pairwise.contracts.profile.Role;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Weekly figures, bucketed here by ISO week in UTC from each event's business time (the embedded
 * store has no {@code $dateTrunc}, and Java gets ISO weeks right at year ends).
 */
public final class WeeklySeries {

    public static final int MAX_WEEKS = 104;

    private WeeklySeries() {
    }

    /**
     * @param week      ISO week, e.g. {@code 2026-W03}
     * @param weekStart its Monday
     */
    public record Week(String week, LocalDate weekStart, Figure mentorsEnrolled, Figure menteesEnrolled,
                       Figure proposals, Figure matches, Figure sessionsHeld, Figure cancellations, Figure noShows,
                       Figure endings, Figure averageRating, Figure goalsAchieved) {
    }

    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate weekStart(Instant instant) {
        return weekStart(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    public static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Every week from the one holding {@code from} to the one holding {@code to}, both included. */
    public static List<Week> of(Facts facts, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        LocalDate first = weekStart(from);
        LocalDate last = weekStart(to);
        if (first.plusWeeks(MAX_WEEKS).isBefore(last.plusWeeks(1))) {
            throw new IllegalArgumentException("a series covers at most " + MAX_WEEKS + " weeks");
        }
        List<Week> weeks = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            LocalDate start = week;
            List<Enrollment> mentors = in(facts.enrollments(), e -> e.role() == Role.MENTOR ? e.firstEnrolledAt() : null, start);
            List<Enrollment> mentees = in(facts.enrollments(), e -> e.role() == Role.MENTEE ? e.firstEnrolledAt() : null, start);
            List<Proposal> proposals = in(facts.proposals(), Proposal::proposedAt, start);
            List<Mentorship> matches = in(facts.mentorships(), Mentorship::matchedAt, start);
            List<Session> held = in(facts.sessions(), s -> s.status() == Facts.SessionStatus.HELD ? s.heldAt() : null, start);
            List<Session> cancelled = in(facts.sessions(),
                    s -> s.status() == Facts.SessionStatus.CANCELLED ? s.cancelledAt() : null, start);
            List<Session> missed = in(facts.sessions(), s -> s.status() == Facts.SessionStatus.MISSED ? s.missedAt() : null, start);
            List<Mentorship> endings = in(facts.mentorships(), Mentorship::endedAt, start);
            List<Feedback> ratings = in(facts.feedback(), Feedback::submittedAt, start);
            List<Goal> achieved = in(facts.goals(), Goal::achievedAt, start);
            weeks.add(new Week(isoWeek(start), start,
                    Figure.count(mentors.size(), people(mentors, e -> Set.of(e.participantId()))),
                    Figure.count(mentees.size(), people(mentees, e -> Set.of(e.participantId()))),
                    Figure.count(proposals.size(), people(proposals, Proposal::members)),
                    Figure.count(matches.size(), people(matches, Mentorship::members)),
                    Figure.count(held.size(), people(held, Session::memberIds)),
                    Figure.count(cancelled.size(), people(cancelled, Session::memberIds)),
                    Figure.count(missed.size(), people(missed, Session::memberIds)),
                    Figure.count(endings.size(), people(endings, Mentorship::members)),
                    Figure.measure(Stats.mean(ratings.stream().map(Feedback::rating).toList()),
                            people(ratings, f -> Set.of(f.fromParticipantId()))),
                    Figure.count(achieved.size(), people(achieved, Goal::memberIds))));
        }
        return weeks;
    }

    private static <T> List<T> in(List<T> items, Function<T, Instant> time, LocalDate weekStart) {
        return items.stream().filter(item -> {
            Instant at = time.apply(item);
            return at != null && weekStart(at).equals(weekStart);
        }).toList();
    }

    private static <T> Set<String> people(List<T> items, Function<T, ? extends Collection<String>> members) {
        return items.stream().flatMap(item -> members.apply(item).stream()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
