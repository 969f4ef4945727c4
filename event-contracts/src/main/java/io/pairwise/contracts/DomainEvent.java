package io.pairwise.contracts;

/**
 * The payload of one platform event: an immutable record, carrying the state consumers need.
 * Its aggregate id becomes the CloudEvents {@code subject}, the {@code partitionkey} and the Kafka
 * record key, so all events of one aggregate stay in order on one partition.
 */
public interface DomainEvent {

    String aggregateId();
}
