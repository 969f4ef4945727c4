package io.pairwise.deploy;

import io.pairwise.deploy.process.ChildProcess;
import io.pairwise.deploy.process.EmbeddedRuntime;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerMainTest {

    @TempDir
    Path dir;

    @Test
    void brokerProcessServesProducersAndConsumersAndStopsOnSigterm() throws Exception {
        int port = EmbeddedRuntime.freePort();
        int controllerPort = EmbeddedRuntime.freePort();
        Path readyFile = dir.resolve("kafka.ready");
        ChildProcess broker = TestProcesses.startAndAwait(
                TestProcesses.RUNTIME.kafka(dir.resolve("data"), port, controllerPort, readyFile),
                dir.resolve("kafka.log"));
        String bootstrap = "localhost:" + port;
        try {
            assertThat(readyFile).hasContent(bootstrap);
            assertThat(dir.resolve("data").resolve("meta.properties")).exists();

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("mentors", "mentor-1", "registered")).get(30, TimeUnit.SECONDS);
            }
            assertThat(consumeAll("mentors", bootstrap, 1))
                    .extracting(ConsumerRecord::value).containsExactly("registered");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                assertThat(admin.describeTopics(List.of("mentors")).allTopicNames().get().get("mentors").partitions())
                        .as("auto-created topics get num.partitions=3").hasSize(3);
            }
        } finally {
            TestProcesses.stopGracefully(broker);
        }
        assertThat(readyFile).as("removed on shutdown").doesNotExist();
        assertThat(Files.readString(broker.log())).contains("Kafka broker stopped");
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String topic, String bootstrap, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
