package io.pairwise.notification.domain;

import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.MatchAccepted;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.MatchReason;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Who hears of which event, and what their message may show. The person who acted is not told what
 * they just did; decline reasons are not passed on (they can be sensitive, e.g. a conflict of interest).
 */
public final class EventNotifications {

    private final Function<String, String> nameOf;

    /** @param nameOf a participant's display name, or their id when the profile is not known yet */
    public EventNotifications(Function<String, String> nameOf) {
        this.nameOf = nameOf;
    }

    public List<NotificationRequest> of(MatchProposed event) {
        List<String> members = members(event.mentorIds(), event.menteeIds());
        List<String> recipients = event.awaitingParticipantIds().isEmpty() ? members : event.awaitingParticipantIds();
        return recipients.stream().map(recipient -> {
            Map<String, Object> facts = base(event.mentorshipId());
            facts.put("role", event.mentorIds().contains(recipient) ? "mentor" : "mentee");
            facts.put("others", names(others(members, recipient)));
            facts.put("scorePercent", Math.round(event.score() * 100));
            facts.put("reasons", reasons(event.reasons()));
            facts.put("origin", event.origin() == null ? null : event.origin().name());
            putInstant(facts, "expiresAt", event.expiresAt());
            return request(NotificationType.MATCH_PROPOSED, recipient, event.programId(), facts);
        }).toList();
    }

    public List<NotificationRequest> of(MatchAccepted event) {
        List<String> members = members(event.mentorIds(), event.menteeIds());
        return others(members, event.acceptedBy()).stream().map(recipient -> {
            Map<String, Object> facts = base(event.mentorshipId());
            facts.put("actor", nameOf.apply(event.acceptedBy()));
            facts.put("awaiting", names(others(event.awaitingParticipantIds(), recipient)));
            facts.put("youAwaited", event.awaitingParticipantIds().contains(recipient));
            return request(NotificationType.MATCH_ACCEPTED, recipient, event.programId(), facts);
        }).toList();
    }

    public List<NotificationRequest> of(MatchDeclined event) {
        List<String> members = members(event.mentorIds(), event.menteeIds());
        return others(members, event.declinedBy()).stream().map(recipient -> {
            Map<String, Object> facts = base(event.mentorshipId());
            facts.put("others", names(others(members, recipient)));
            return request(NotificationType.MATCH_DECLINED, recipient, event.programId(), facts);
        }).toList();
    }

    public List<NotificationRequest> of(MatchExpired event) {
        List<String> members = members(event.mentorIds(), event.menteeIds());
        return members.stream().map(recipient -> {
            Map<String, Object> facts = base(event.mentorshipId());
            facts.put("others", names(others(members, recipient)));
            facts.put("youDidNotAnswer", event.unansweredBy().contains(recipient));
            return request(NotificationType.MATCH_EXPIRED, recipient, event.programId(), facts);
        }).toList();
    }

    public List<NotificationRequest> of(PairMatched event) {
        return introductions(event.mentorshipId(), event.programId(), event.mentors(), event.mentees(),
                event.cadenceDays(), event.plannedEndDate(), reasons(event.reasons()));
    }

    public List<NotificationRequest> of(GroupFormed event) {
        return introductions(event.mentorshipId(), event.programId(), event.mentors(), event.mentees(),
                event.cadenceDays(), event.plannedEndDate(), List.of());
    }

    public List<NotificationRequest> of(SessionScheduled event) {
        return others(event.memberIds(), event.scheduledBy()).stream().map(recipient -> {
            Map<String, Object> facts = session(event.mentorshipId(), event.sessionId(), event.memberIds(), recipient);
            putInstant(facts, "startsAt", event.startsAt());
            facts.put("durationMinutes", event.durationMinutes());
            facts.put("channel", event.channel() == null ? null : event.channel().name());
            facts.put("actor", event.scheduledBy() == null ? null : nameOf.apply(event.scheduledBy()));
            return request(NotificationType.SESSION_SCHEDULED, recipient, event.programId(), facts);
        }).toList();
    }

    public List<NotificationRequest> of(SessionRescheduled event) {
        return others(event.memberIds(), event.rescheduledBy()).stream().map(recipient -> {
            Map<String, Object> facts = session(event.mentorshipId(), event.sessionId(), event.memberIds(), recipient);
            putInstant(facts, "previousStartsAt", event.previousStartsAt());
            putInstant(facts, "startsAt", event.startsAt());
            facts.put("durationMinutes", event.durationMinutes());
            facts.put("actor", event.rescheduledBy() == null ? null : nameOf.apply(event.rescheduledBy()));
            return request(NotificationType.SESSION_RESCHEDULED, recipient, event.programId(), facts);
        }).toList();
    }

    public List<NotificationRequest> of(SessionCancelled event) {
        return others(event.memberIds(), event.cancelledBy()).stream().map(recipient -> {
            Map<String, Object> facts = session(event.mentorshipId(), event.sessionId(), event.memberIds(), recipient);
            putInstant(facts, "startsAt", event.startsAt());
            facts.put("reason", event.reasonCode() == null ? null : event.reasonCode().name());
            facts.put("actor", event.cancelledBy() == null ? null : nameOf.apply(event.cancelledBy()));
            return request(NotificationType.SESSION_CANCELLED, recipient, event.programId(), facts);
        }).toList();
    }

    /** Feedback is asked of those who were there. */
    public List<NotificationRequest> feedbackRequests(SessionHeld event) {
        List<String> asked = event.attendeeIds().isEmpty() ? event.memberIds() : event.attendeeIds();
        return asked.stream().map(recipient -> {
            Map<String, Object> facts = session(event.mentorshipId(), event.sessionId(), event.memberIds(), recipient);
            putInstant(facts, "heldAt", event.heldAt());
            return request(NotificationType.FEEDBACK_REQUEST, recipient, event.programId(), facts);
        }).toList();
    }

    public List<NotificationRequest> of(RelationshipEnded event) {
        List<String> members = members(event.mentorIds(), event.menteeIds());
        return members.stream().map(recipient -> {
            Map<String, Object> facts = base(event.mentorshipId());
            facts.put("others", names(others(members, recipient)));
            facts.put("completed", event.outcome() != null && event.outcome().name().equals("COMPLETED"));
            facts.put("reason", event.reasonCode() == null ? null : event.reasonCode().name());
            return request(NotificationType.RELATIONSHIP_ENDED, recipient, event.programId(), facts);
        }).toList();
    }

    /** A reminder before a session, {@code leadHours} ahead. */
    public List<NotificationRequest> reminders(String mentorshipId, String sessionId, String programId,
                                               List<String> memberIds, String startsAt, long leadHours) {
        return memberIds.stream().map(recipient -> {
            Map<String, Object> facts = session(mentorshipId, sessionId, memberIds, recipient);
            facts.put("startsAt", startsAt);
            facts.put("leadHours", leadHours);
            return request(NotificationType.SESSION_REMINDER, recipient, programId, facts);
        }).toList();
    }

    /** A nudge to every given member about the mentorship with the others. */
    public List<NotificationRequest> nudges(NotificationType type, String mentorshipId, String programId,
                                            List<String> memberIds, List<String> recipients,
                                            Map<String, Object> extra) {
        return recipients.stream().map(recipient -> {
            Map<String, Object> facts = base(mentorshipId);
            facts.put("others", names(others(memberIds, recipient)));
            facts.putAll(extra);
            return request(type, recipient, programId, facts);
        }).toList();
    }

    private List<NotificationRequest> introductions(String mentorshipId, String programId, List<Member> mentors,
                                                    List<Member> mentees, int cadenceDays, LocalDate plannedEnd,
                                                    List<Map<String, String>> reasons) {
        List<Member> all = Stream.concat(mentors.stream(), mentees.stream()).toList();
        return all.stream().map(Member::participantId).distinct().map(recipient -> {
            Map<String, Object> facts = base(mentorshipId);
            List<Map<String, String>> partners = new ArrayList<>();
            for (Member member : all) {
                if (!member.participantId().equals(recipient)) {
                    Map<String, String> card = new LinkedHashMap<>();
                    card.put("name", member.displayName());
                    card.put("role", mentors.contains(member) ? "mentor" : "mentee");
                    card.put("timeZone", member.timeZone());
                    partners.add(card);
                }
            }
            facts.put("partners", partners);
            facts.put("role", mentors.stream().anyMatch(m -> m.participantId().equals(recipient)) ? "mentor" : "mentee");
            facts.put("cadenceDays", cadenceDays);
            facts.put("plannedEndDate", plannedEnd == null ? null : plannedEnd.toString());
            facts.put("reasons", reasons);
            return request(NotificationType.PAIR_MATCHED, recipient, programId, facts);
        }).toList();
    }

    private Map<String, Object> session(String mentorshipId, String sessionId, List<String> memberIds,
                                        String recipient) {
        Map<String, Object> facts = base(mentorshipId);
        facts.put("sessionId", sessionId);
        facts.put("others", names(others(memberIds, recipient)));
        return facts;
    }

    private static Map<String, Object> base(String mentorshipId) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("mentorshipId", mentorshipId);
        return facts;
    }

    private static NotificationRequest request(NotificationType type, String recipient, String programId,
                                               Map<String, Object> facts) {
        facts.values().removeIf(Objects::isNull);
        return new NotificationRequest(type, recipient, programId, facts);
    }

    private static void putInstant(Map<String, Object> facts, String key, java.time.Instant instant) {
        if (instant != null) {
            facts.put(key, instant.toString());
        }
    }

    private List<String> names(List<String> participantIds) {
        return participantIds.stream().map(nameOf).toList();
    }

    private static List<String> members(List<String> mentors, List<String> mentees) {
        Set<String> all = new LinkedHashSet<>(mentors);
        all.addAll(mentees);
        return List.copyOf(all);
    }

    private static List<String> others(List<String> members, String self) {
        return members.stream().filter(member -> !member.equals(self)).toList();
    }

    /** Reasons as code, English text and arguments, so templates can word them in other languages. */
    private static List<Map<String, String>> reasons(List<MatchReason> reasons) {
        return reasons.stream().<Map<String, String>>map(reason -> {
            Map<String, String> entry = new LinkedHashMap<>(reason.arguments());
            entry.put("code", reason.code());
            entry.put("text", reason.text());
            return entry;
        }).toList();
    }
}
