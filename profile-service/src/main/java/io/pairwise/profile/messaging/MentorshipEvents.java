package io.pairwise.profile.messaging;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.platform.messaging.EventHandler;
import io.pairwise.profile.persistence.PartnershipRepository;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the partnership read model from matching-service's events: a mentorship is open from its
 * proposal until it is declined, expires or ends. Each handler is an upsert, so a redelivery is harmless.
 */
@Configuration(proxyBeanMethods = false)
class MentorshipEvents {

    private record Handler<T extends DomainEvent>(Class<T> eventType, BiConsumer<T, EventEnvelope> action)
            implements EventHandler<T> {

        @Override
        public void handle(T event, EventEnvelope envelope) {
            action.accept(event, envelope);
        }
    }

    @Bean
    EventHandler<MatchProposed> matchProposed(PartnershipRepository partnerships) {
        return new Handler<>(MatchProposed.class, (e, envelope) -> partnerships.record(e.mentorshipId(), e.programId(),
                ids(e.mentorIds(), e.menteeIds()), true, e.occurredAt()));
    }

    @Bean
    EventHandler<PairMatched> pairMatched(PartnershipRepository partnerships) {
        return new Handler<>(PairMatched.class, (e, envelope) -> partnerships.record(e.mentorshipId(), e.programId(),
                members(e.mentors(), e.mentees()), true, e.occurredAt()));
    }

    @Bean
    EventHandler<GroupFormed> groupFormed(PartnershipRepository partnerships) {
        return new Handler<>(GroupFormed.class, (e, envelope) -> partnerships.record(e.mentorshipId(), e.programId(),
                members(e.mentors(), e.mentees()), true, e.occurredAt()));
    }

    @Bean
    EventHandler<MatchDeclined> matchDeclined(PartnershipRepository partnerships) {
        return new Handler<>(MatchDeclined.class, (e, envelope) -> partnerships.record(e.mentorshipId(), e.programId(),
                ids(e.mentorIds(), e.menteeIds()), false, e.occurredAt()));
    }

    @Bean
    EventHandler<MatchExpired> matchExpired(PartnershipRepository partnerships) {
        return new Handler<>(MatchExpired.class, (e, envelope) -> partnerships.record(e.mentorshipId(), e.programId(),
                ids(e.mentorIds(), e.menteeIds()), false, e.occurredAt()));
    }

    @Bean
    EventHandler<RelationshipEnded> relationshipEnded(PartnershipRepository partnerships) {
        return new Handler<>(RelationshipEnded.class, (e, envelope) -> partnerships.record(e.mentorshipId(),
                e.programId(), ids(e.mentorIds(), e.menteeIds()), false, e.endedAt()));
    }

    private static List<String> ids(List<String> mentors, List<String> mentees) {
        return Stream.concat(mentors.stream(), mentees.stream()).distinct().toList();
    }

    private static List<String> members(List<Member> mentors, List<Member> mentees) {
        return ids(mentors.stream().map(Member::participantId).toList(),
                mentees.stream().map(Member::participantId).toList());
    }
}
