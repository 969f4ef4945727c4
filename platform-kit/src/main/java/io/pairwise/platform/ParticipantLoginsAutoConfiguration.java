package io.pairwise.platform;

import io.pairwise.contracts.DomainEvent;
import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.Topic;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProfileUpdated;
import io.pairwise.platform.identity.ParticipantJwtConverter;
import io.pairwise.platform.identity.ParticipantLogins;
import io.pairwise.platform.messaging.EventHandler;
import java.util.List;
import java.util.function.Consumer;
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
        return handler(MentorRegistered.class, e -> logins.record(e.participantId(), e.profile().userName(), e.occurredAt()));
    }

    @Bean
    EventHandler<MenteeRegistered> loginOfMentee(ParticipantLogins logins) {
        return handler(MenteeRegistered.class, e -> logins.record(e.participantId(), e.profile().userName(), e.occurredAt()));
    }

    @Bean
    EventHandler<ProfileUpdated> loginOfUpdatedProfile(ParticipantLogins logins) {
        return handler(ProfileUpdated.class, e -> logins.record(e.participantId(), e.profile().userName(), e.occurredAt()));
    }

    @Bean
    EventHandler<ParticipantErased> loginOfErased(ParticipantLogins logins) {
        return handler(ParticipantErased.class, e -> logins.forget(e.participantId()));
    }

    private static <T extends DomainEvent> EventHandler<T> handler(Class<T> type, Consumer<T> action) {
        return new EventHandler<>() {
            @Override
            public Class<T> eventType() {
                return type;
            }

            @Override
            public void handle(T event, EventEnvelope envelope) {
                action.accept(event);
            }
        };
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
