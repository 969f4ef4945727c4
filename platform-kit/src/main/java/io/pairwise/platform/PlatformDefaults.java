package io.pairwise.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's defaults (pairwise-defaults.properties) below every other property source, so
 * each service states only what is its own and anything can still be overridden. With the
 * {@code local} profile (the launcher's), the local defaults come first: they trust the development
 * token issuer, which no other profile does.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String LOCAL_PROFILE = "local";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            if (environment.matchesProfiles(LOCAL_PROFILE)) {
                environment.getPropertySources().addLast(new ResourcePropertySource("pairwise-local-defaults",
                        new ClassPathResource("pairwise-defaults-local.properties")));
            }
            environment.getPropertySources().addLast(
                    new ResourcePropertySource("pairwise-defaults", new ClassPathResource("pairwise-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
