package io.pairwise.analytics.messaging;

import io.pairwise.analytics.persistence.Projector;
import io.pairwise.contracts.EventType;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.platform.messaging.EventHandler;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** One kit event handler per projected event type, all feeding the live projection. */
@Configuration(proxyBeanMethods = false)
@Import(ProjectionHandlers.Registrar.class)
class ProjectionHandlers {

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            for (EventType type : EventCatalog.all()) {
                if (Projector.PROJECTED.contains(type.payload())) {
                    registry.registerBean("project:" + type.type(), EventHandler.class,
                            spec -> spec.supplier(context -> handler(type, context.bean(LiveProjection.class))));
                }
            }
        }

        private static EventHandler<?> handler(EventType type, LiveProjection projection) {
            return EventHandler.of(type.payload(), (event, envelope) -> projection.apply(envelope));
        }
    }
}
