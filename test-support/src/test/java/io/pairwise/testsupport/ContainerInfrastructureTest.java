package io.pairwise.testsupport;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The path taken where Testcontainers finds a Docker engine; skipped where there is none. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTest {

    @Test
    void givesAWorkingBrokerAndStore() throws Exception {
        try (ContainerInfrastructure infrastructure = new ContainerInfrastructure()) {
            infrastructure.kafka();
            infrastructure.mongo();

            InfrastructureChecks.producesAndConsumes(infrastructure.kafkaBootstrapServers());
            InfrastructureChecks.insertsAndFinds(infrastructure.mongoUri());
        }
    }
}
