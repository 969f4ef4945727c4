package io.pairwise.deploy;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.pairwise.deploy.process.Daemon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A MongoDB-wire-compatible store (mongo-java-server): H2 files in {@code --data-dir}, or memory only.
 * It has no multi-document transactions, {@code $text} or {@code $dateTrunc}; see the design's section 6.
 *
 * <pre>(--data-dir D | --memory) [--port 27027] [--ready-file F] [--exit-with-parent]</pre>
 */
public final class MongoStoreMain {

    private MongoStoreMain() {
    }

    public static void main(String[] argv) {
        Daemon.run("Mongo store", argv, Set.of("data-dir", "port"), Set.of("memory"), args -> {
            MongoBackend backend;
            if (args.flag("memory")) {
                backend = new MemoryBackend();
            } else {
                Path dataDir = Files.createDirectories(Path.of(args.required("data-dir")));
                backend = new H2Backend(dataDir.resolve("pairwise.mv.db").toAbsolutePath().toString());
            }
            MongoServer server = new MongoServer(new SerializedBackend(backend));
            server.enableOplog();
            int port = args.port("port", 27027);
            server.bind("localhost", port);
            // shutdownNow closes client connections (services keep theirs open) and then the backend,
            // which commits and closes the H2 store.
            return new Daemon.Running("mongodb://localhost:" + port, server::shutdownNow);
        });
    }
}
