package io.pairwise.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The path taken without a Docker engine, exercised whether or not one exists. */
class EmbeddedInfrastructureTest {

    @Test
    void givesAWorkingBrokerAndStoreAndLeavesNoProcessBehind() throws Exception {
        List<ProcessHandle> processes;
        try (EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure()) {
            infrastructure.kafka();
            infrastructure.mongo();

            InfrastructureChecks.producesAndConsumes(infrastructure.kafkaBootstrapServers());
            InfrastructureChecks.insertsAndFinds(infrastructure.mongoUri());

            processes = infrastructure.processes();
            assertThat(processes).hasSize(2).allMatch(ProcessHandle::isAlive);
        }
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }
}
