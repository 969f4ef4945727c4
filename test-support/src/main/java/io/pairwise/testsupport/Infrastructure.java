package io.pairwise.testsupport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A Kafka broker and a Mongo endpoint for tests, each started on first use and at most once,
 * in the background so that both can start at the same time.
 */
abstract class Infrastructure implements AutoCloseable {

    private CompletableFuture<String> kafka;
    private CompletableFuture<String> mongo;

    /** Blocks until the broker is up; returns its bootstrap servers. */
    protected abstract String startKafka() throws Exception;

    /** Blocks until the store is up; returns its connection string, without a database. */
    protected abstract String startMongo() throws Exception;

    abstract String description();

    @Override
    public abstract void close();

    final synchronized CompletableFuture<String> kafka() {
        if (kafka == null) {
            kafka = inBackground("Kafka", this::startKafka);
        }
        return kafka;
    }

    final synchronized CompletableFuture<String> mongo() {
        if (mongo == null) {
            mongo = inBackground("Mongo", this::startMongo);
        }
        return mongo;
    }

    final String kafkaBootstrapServers() {
        return await(kafka());
    }

    final String mongoUri() {
        return await(mongo());
    }

    private interface Start {
        String start() throws Exception;
    }

    private static CompletableFuture<String> inBackground(String what, Start start) {
        Supplier<String> task = () -> {
            try {
                return start.start();
            } catch (Exception e) {
                throw new IllegalStateException(what + " for tests did not start", e);
            }
        };
        return CompletableFuture.supplyAsync(task,
                runnable -> Thread.ofVirtual().name("start-" + what).start(runnable));
    }

    private static String await(CompletableFuture<String> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // A failed start stays failed: every later test gets the same cause rather than a new attempt.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
