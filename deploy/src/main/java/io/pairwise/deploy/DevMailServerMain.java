package io.pairwise.deploy;

import io.pairwise.deploy.process.Daemon;
import java.nio.file.Path;
import java.util.Set;

/**
 * Runs the {@link DevMailServer} as a process of the local platform.
 *
 * <pre>[--data-dir D] [--smtp-port 2525] [--port 8025] [--ready-file F] [--exit-with-parent]</pre>
 */
public final class DevMailServerMain {

    private DevMailServerMain() {
    }

    public static void main(String[] argv) {
        Daemon.run("Development mail server", argv, Set.of("data-dir", "smtp-port", "port"), Set.of(), args -> {
            Path dataDir = args.value("data-dir").map(Path::of).orElse(null);
            DevMailServer server = DevMailServer.start(args.port("smtp-port", 2525), args.port("port", 8025), dataDir);
            return new Daemon.Running(server.toString(), server::close);
        });
    }
}
