package io.pairwise.platform;

import io.pairwise.contracts.Topic;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.platform.identity.ParticipantJwtConverter;
import io.pairwise.platform.identity.ParticipantLogins;
import io.pairwise.platform.messaging.EventHandler;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * In every service that reads the profile topic: the login → participant table, kept from profile
 * events, and the authentication that resolves a token's subject through it.
 */
@AutoConfiguration(before = PlatformWebAutoConfiguration.class)
@Conditional(ParticipantLoginsAutoConfiguration.ReadsProfileEvents.class)
public class ParticipantLoginsAutoConfiguration {

    @Bean
    ParticipantLogins participantLogins(MongoTemplate mongo) {
        return new ParticipantLogins(mongo);
    }

    @Bean
    ParticipantJwtConverter participantJwtConverter(ObjectProvider<JwtAuthenticationConverter> authorities,
                                                    ParticipantLogins logins) {
        return new ParticipantJwtConverter(authorities.getIfAvailable(JwtAuthenticationConverter::new), logins);
    }

    @Bean
    EventHandler<MentorRegistered> loginOfMentor(ParticipantLogins logins) {
        return EventHandler.of(MentorRegistered.class, (e, envelope) ->
                logins.record(e.participantId(), e.profile().userName(), e.occurredAt()));
    }

    @Bean
    EventHandler<MenteeRegistered> loginOfMentee(ParticipantLogins logins) {
        return EventHandler.of(MenteeRegistered.class, (e, envelope) ->
                logins.record(e.participantId(), e.profile().userName(), e.occurredAt()));
    }

    @Bean
    EventHandler<ProfileUpdated> loginOfUpdatedProfile(ParticipantLogins logins) {
        return EventHandler.of(ProfileUpdated.class, (e, envelope) ->
                logins.record(e.participantId(), e.profile().userName(), e.occurredAt()));
    }

    @Bean
    EventHandler<ParticipantErased> loginOfErased(ParticipantLogins logins) {
        return EventHandler.of(ParticipantErased.class, (e, envelope) -> logins.forget(e.participantId()));
    }

    /** The service subscribes to the profile topic ({@code pairwise.events.subscriptions}). */
    static class ReadsProfileEvents implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("pairwise.events.subscriptions", Bindable.listOf(String.class))
                    .orElse(List.of()).contains(Topic.PROFILE.topicName());
        }
    }
}
