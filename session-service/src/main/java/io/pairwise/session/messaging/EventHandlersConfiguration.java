package io.pairwise.session.messaging;

import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.matching.GroupFormed;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.MentorshipPaused;
import io.pairwise.contracts.matching.MentorshipResumed;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ParticipantSnapshot;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.platform.messaging.EventHandler;
import io.pairwise.session.domain.MemberCard;
import io.pairwise.session.domain.MemberRole;
import io.pairwise.session.domain.MentorshipService;
import io.pairwise.session.domain.ParticipantDirectory;
import io.pairwise.session.domain.ParticipantErasure;
import io.pairwise.session.domain.Person;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this service learns from others: mentorships and their lifecycle from matching, names, e-mail
 * addresses and zones from profile (for invites and local times), and erasures. Every handler is an
 * upsert or a state change that is a no-op the second time, as the kit asks.
 */
@Configuration(proxyBeanMethods = false)
class EventHandlersConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventHandlersConfiguration.class);

    @Bean
    EventHandler<PairMatched> pairMatched(MentorshipService mentorships) {
        return EventHandler.of(PairMatched.class, (event, envelope) -> mentorships.matched(event.mentorshipId(),
                event.programId(), cards(event.mentors(), event.mentees()), event.cadenceDays(),
                event.plannedEndDate(), event.occurredAt()));
    }

    @Bean
    EventHandler<GroupFormed> groupFormed(MentorshipService mentorships) {
        return EventHandler.of(GroupFormed.class, (event, envelope) -> mentorships.matched(event.mentorshipId(),
                event.programId(), cards(event.mentors(), event.mentees()), event.cadenceDays(),
                event.plannedEndDate(), event.occurredAt()));
    }

    @Bean
    EventHandler<MentorshipPaused> mentorshipPaused(MentorshipService mentorships) {
        return EventHandler.of(MentorshipPaused.class, (event, envelope) ->
                warnIfUnknown(mentorships.paused(event.mentorshipId()), envelope));
    }

    @Bean
    EventHandler<MentorshipResumed> mentorshipResumed(MentorshipService mentorships) {
        return EventHandler.of(MentorshipResumed.class, (event, envelope) ->
                warnIfUnknown(mentorships.resumed(event.mentorshipId()), envelope));
    }

    @Bean
    EventHandler<RelationshipEnded> relationshipEnded(MentorshipService mentorships) {
        return EventHandler.of(RelationshipEnded.class, (event, envelope) ->
                warnIfUnknown(mentorships.ended(event.mentorshipId(), event.endedAt()), envelope));
    }

    @Bean
    EventHandler<ParticipantErased> participantErased(ParticipantErasure erasure) {
        return EventHandler.of(ParticipantErased.class, (event, envelope) -> erasure.erase(event.participantId()));
    }

    @Bean
    EventHandler<MentorRegistered> mentorRegistered(ParticipantDirectory directory) {
        return EventHandler.of(MentorRegistered.class, (event, envelope) ->
                directory.save(person(event.participantId(), event.profile())));
    }

    @Bean
    EventHandler<MenteeRegistered> menteeRegistered(ParticipantDirectory directory) {
        return EventHandler.of(MenteeRegistered.class, (event, envelope) ->
                directory.save(person(event.participantId(), event.profile())));
    }

    @Bean
    EventHandler<ProfileUpdated> profileUpdated(ParticipantDirectory directory) {
        return EventHandler.of(ProfileUpdated.class, (event, envelope) ->
                directory.save(person(event.participantId(), event.profile())));
    }

    private static List<MemberCard> cards(List<Member> mentors, List<Member> mentees) {
        return Stream.concat(
                mentors.stream().map(m -> new MemberCard(m.participantId(), m.displayName(), m.timeZone(), MemberRole.MENTOR)),
                mentees.stream().map(m -> new MemberCard(m.participantId(), m.displayName(), m.timeZone(), MemberRole.MENTEE)))
                .toList();
    }

    private static Person person(String participantId, ParticipantSnapshot profile) {
        return new Person(participantId, profile.displayName(), profile.email(), profile.timeZone());
    }

    /** Matching announces a mentorship before anything else about it; if not, its first event was lost upstream. */
    private static void warnIfUnknown(boolean known, EventEnvelope envelope) {
        if (!known) {
            log.warn("Event {} ({}) concerns mentorship {}, which this service never saw matched; nothing to change",
                    envelope.id(), envelope.type().type(), envelope.data().aggregateId());
        }
    }
}
