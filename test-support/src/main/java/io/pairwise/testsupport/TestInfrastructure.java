package io.pairwise.testsupport;

import io.pairwise.deploy.DevIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way for an integration test to get a Kafka broker, a Mongo endpoint and a token issuer.
 *
 * <p>With a Docker engine, Testcontainers runs the real {@code apache/kafka} and {@code mongo} images;
 * without one, the deploy module's embedded broker and store run as child processes. Either way each
 * piece starts on first use, once per test JVM, and stops when the JVM exits. The token issuer is the
 * development issuer, in-process. Typical use in a Spring Boot test:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     TestInfrastructure.registerProperties(registry);
 * }
 * ...
 * String token = TestInfrastructure.issuer().mint("alice", List.of("PARTICIPANT"), Duration.ofMinutes(5));
 * }</pre>
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final AtomicInteger databases = new AtomicInteger();

    private static Infrastructure infrastructure;
    private static DevIssuer issuer;

    private TestInfrastructure() {
    }

    /** Bootstrap servers of the test broker, e.g. {@code localhost:40123}; starts it if needed. */
    public static String kafkaBootstrapServers() {
        return infrastructure().kafkaBootstrapServers();
    }

    /** Connection string of the test Mongo endpoint, without a database; starts it if needed. */
    public static String mongoUri() {
        return infrastructure().mongoUri();
    }

    /** The development token issuer, running in this JVM on a free port. */
    public static synchronized DevIssuer issuer() {
        if (issuer == null) {
            try {
                issuer = DevIssuer.start(0, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "test-issuer-shutdown"));
        }
        return issuer;
    }

    /**
     * Points a Spring Boot test at the test infrastructure: Kafka, a Mongo database of its own (a new one
     * on every call, so test classes never see each other's data) and the issuer as the JWT resource
     * server's trusted issuer. Starts broker and store together in the background; Spring waits for them
     * when it resolves the properties.
     */
    public static void registerProperties(DynamicPropertyRegistry registry) {
        Infrastructure chosen = infrastructure();
        chosen.kafka();
        chosen.mongo();
        String database = "test_" + databases.incrementAndGet();
        registry.add("spring.kafka.bootstrap-servers", chosen::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> chosen.mongoUri() + "/" + database);
        // Wins over a database a service names in its own configuration.
        registry.add("spring.mongodb.database", () -> database);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer().issuerUri());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer().jwkSetUri());
    }

    private static synchronized Infrastructure infrastructure() {
        if (infrastructure == null) {
            boolean docker = DockerClientFactory.instance().isDockerAvailable();
            infrastructure = docker ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
            log.info("Test infrastructure ({} Docker engine): {}", docker ? "a" : "no", infrastructure.description());
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "test-infrastructure-shutdown"));
        }
        return infrastructure;
    }
}
