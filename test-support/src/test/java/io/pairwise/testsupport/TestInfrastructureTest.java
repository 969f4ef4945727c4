package io.pairwise.testsupport;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestInfrastructureTest {

    @Test
    void registersWorkingEndpointsWithADatabasePerCall() throws Exception {
        Map<String, Supplier<Object>> first = new HashMap<>();
        Map<String, Supplier<Object>> second = new HashMap<>();
        TestInfrastructure.registerProperties(first::put);
        TestInfrastructure.registerProperties(second::put);

        assertThat(value(first, "spring.mongodb.database")).isNotEqualTo(value(second, "spring.mongodb.database"));
        assertThat(value(first, "spring.mongodb.uri"))
                .isEqualTo(TestInfrastructure.mongoUri() + "/" + value(first, "spring.mongodb.database"));
        assertThat(value(first, "spring.kafka.bootstrap-servers"))
                .isEqualTo(TestInfrastructure.kafkaBootstrapServers());
        assertThat(value(first, "spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo(TestInfrastructure.issuer().issuerUri());
        assertThat(value(first, "spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo(TestInfrastructure.issuer().jwkSetUri());

        InfrastructureChecks.producesAndConsumes(TestInfrastructure.kafkaBootstrapServers());
        InfrastructureChecks.insertsAndFinds(value(first, "spring.mongodb.uri"));
    }

    @Test
    void keepsTheBrokersAndStoresJarsOffTheClasspath() {
        for (String brokerOrStoreClass : List.of("kafka.server.KafkaRaftServer", "scala.Option",
                "org.h2.mvstore.MVStore", "de.bwaldvogel.mongo.MongoServer")) {
            assertThatThrownBy(() -> Class.forName(brokerOrStoreClass)).isInstanceOf(ClassNotFoundException.class);
        }
    }

    private static String value(Map<String, Supplier<Object>> properties, String name) {
        assertThat(properties).containsKey(name);
        return String.valueOf(properties.get(name).get());
    }
}
