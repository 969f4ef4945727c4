package io.pairwise.deploy;

import io.pairwise.deploy.process.Daemon;

import java.nio.file.Path;
import java.util.Set;

/**
 * Runs the {@link DevIssuer} as a process of the local platform.
 *
 * <pre>[--data-dir D] [--port 9000] [--ready-file F] [--exit-with-parent]</pre>
 *
 * Without {@code --data-dir} the signing key lives only as long as the process.
 */
public final class DevIssuerMain {

    private DevIssuerMain() {
    }

    public static void main(String[] argv) {
        Daemon.run("Development token issuer", argv, Set.of("data-dir", "port"), Set.of(), args -> {
            Path dataDir = args.value("data-dir").map(Path::of).orElse(null);
            DevIssuer issuer = DevIssuer.start(args.port("port", 9000), dataDir);
            return new Daemon.Running(issuer.issuerUri(), issuer::close);
        });
    }
}
