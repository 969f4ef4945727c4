package io.pairwise.platform.messaging;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/** The service's one listener container over its subscribed topics; none when it subscribes to nothing. */
public class EventSubscription implements SmartLifecycle {

    private final ConcurrentKafkaListenerContainerFactory<String, byte[]> factory;
    private final EventsProperties properties;
    private final EventProcessor processor;
    private ConcurrentMessageListenerContainer<String, byte[]> container;

    public EventSubscription(ConcurrentKafkaListenerContainerFactory<String, byte[]> factory,
                             EventsProperties properties, EventProcessor processor) {
        this.factory = factory;
        this.properties = properties;
        this.processor = processor;
    }

    @Override
    public void start() {
        if (properties.subscriptions().isEmpty()) {
            return;
        }
        container = factory.createContainer(properties.subscriptions().toArray(String[]::new));
        container.getContainerProperties().setGroupId(properties.consumerGroup());
        container.getContainerProperties().setMessageListener((MessageListener<String, byte[]>) processor::process);
        container.setConcurrency(properties.concurrency());
        container.setBeanName(properties.consumerGroup() + "-events");
        container.start();
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }

    /** True once partitions are assigned: tests and readiness can wait for it. */
    public boolean isAssigned() {
        return container != null && container.getAssignedPartitions() != null && !container.getAssignedPartitions().isEmpty();
    }
}
