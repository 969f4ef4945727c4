package io.pairwise.deploy.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** How to tell that a started process serves requests. */
@FunctionalInterface
public interface ReadinessProbe {

    boolean isReady();

    /** Called right before the process starts, e.g. to drop what a previous run left behind. */
    default void beforeStart() {
    }

    /** Ready once the process has written its ready file (see {@link Daemon}). */
    static ReadinessProbe readyFile(Path file) {
        return new ReadinessProbe() {
            @Override
            public boolean isReady() {
                return Files.exists(file);
            }

            @Override
            public void beforeStart() {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Ready once a Spring Boot health group such as {@code /actuator/health/readiness} reports UP. */
    static ReadinessProbe healthUp(URI uri) {
        return () -> HealthEndpoint.isUp(uri);
    }
}
