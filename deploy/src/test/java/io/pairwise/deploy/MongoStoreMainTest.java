package io.pairwise.deploy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.pairwise.deploy.process.ChildProcess;
import io.pairwise.deploy.process.EmbeddedRuntime;
import io.pairwise.deploy.process.Launch;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MongoStoreMainTest {

    @TempDir
    Path dir;

    @Test
    void h2StoreKeepsItsDataAcrossARestart() throws Exception {
        int port = EmbeddedRuntime.freePort();
        Launch launch = TestProcesses.RUNTIME.mongo(dir.resolve("data"), port, dir.resolve("mongo.ready"));
        String uri = "mongodb://localhost:" + port;

        ChildProcess first = TestProcesses.startAndAwait(launch, dir.resolve("first.log"));
        try (MongoClient client = MongoClients.create(uri)) {
            profiles(client).insertOne(new Document("_id", "mentor-1").append("name", "Maria"));
        } finally {
            TestProcesses.stopGracefully(first);
        }

        ChildProcess second = TestProcesses.startAndAwait(launch, dir.resolve("second.log"));
        try (MongoClient client = MongoClients.create(uri)) {
            Document found = profiles(client).find(eq("_id", "mentor-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Maria");
        } finally {
            TestProcesses.stopGracefully(second);
        }
    }

    @Test
    void storeEndsWithItsParentProcess() throws Exception {
        Path readyFile = dir.resolve("mongo.ready");
        Launch launch = TestProcesses.RUNTIME.mongo(null, EmbeddedRuntime.freePort(), readyFile);
        // A shell stands in for the test JVM, so that the parent can be killed here.
        String command = launch.command().stream().map(arg -> "'" + arg.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        Process shell = new ProcessBuilder("sh", "-c", command + " > '" + dir.resolve("mongo.log") + "' 2>&1 & wait")
                .start();
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(readyFile));
        ProcessHandle store = shell.toHandle().children().findFirst().orElseThrow();

        shell.destroyForcibly();

        assertThat(store.onExit()).succeedsWithin(Duration.ofSeconds(20));
        assertThat(dir.resolve("mongo.log")).content().contains("Parent process " + shell.pid() + " ended");
    }

    private static MongoCollection<Document> profiles(MongoClient client) {
        return client.getDatabase("pairwise").getCollection("profiles");
    }
}
