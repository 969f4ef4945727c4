package io.pairwise.notification;

import io.pairwise.notification.delivery.DeliveryProperties;
import io.pairwise.notification.domain.EventNotifications;
import io.pairwise.notification.persistence.RecipientStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the delivery settings ({@code pairwise.notifications.*}) and wires the domain to the read model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class NotificationServiceConfiguration {

    /** Names come from the recipients read model; a person not heard of yet is shown by id. */
    @Bean
    EventNotifications eventNotifications(RecipientStore recipients) {
        return new EventNotifications(id -> recipients.findOrUnknown(id).name());
    }
}
