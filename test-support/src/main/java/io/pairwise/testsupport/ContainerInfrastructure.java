package io.pairwise.testsupport;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Real Apache Kafka and MongoDB images, where Testcontainers finds a Docker engine. */
final class ContainerInfrastructure extends Infrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String MONGO_IMAGE = "mongo:8.0";

    private final List<GenericContainer<?>> containers = new CopyOnWriteArrayList<>();

    @Override
    protected String startKafka() {
        // Same topic defaults as the embedded broker, so tests see the same partitioning either way.
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        containers.add(kafka);
        kafka.start();
        return kafka.getBootstrapServers();
    }

    @Override
    protected String startMongo() {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        containers.add(mongo);
        mongo.start();
        return mongo.getConnectionString();
    }

    @Override
    String description() {
        return "containers " + KAFKA_IMAGE + " and " + MONGO_IMAGE;
    }

    @Override
    public void close() {
        containers.forEach(GenericContainer::stop);
    }
}
