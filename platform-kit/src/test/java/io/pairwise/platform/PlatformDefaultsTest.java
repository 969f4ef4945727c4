package io.pairwise.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    private static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    private static final String JWKS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    @Test
    void onlyTheLocalProfileTrustsTheDevelopmentIssuer() {
        StandardEnvironment local = environment(Map.of());
        local.setActiveProfiles("local");
        new PlatformDefaults().postProcessEnvironment(local, new SpringApplication());
        assertThat(local.getProperty(ISSUER)).isEqualTo("http://localhost:9000");
        assertThat(local.getProperty(JWKS)).isEqualTo("http://localhost:9000/jwks");

        StandardEnvironment production = environment(Map.of());
        new PlatformDefaults().postProcessEnvironment(production, new SpringApplication());
        assertThat(production.getProperty(JWKS)).isNull();
        assertThatThrownBy(() -> production.getProperty(ISSUER))
                .hasMessageContaining("PAIRWISE_ISSUER_URI");
    }

    @Test
    void theCompanysIssuerAndAnyServiceSettingWinOverTheDefaults() {
        StandardEnvironment production = environment(Map.of("PAIRWISE_ISSUER_URI", "https://login.example.com",
                "spring.kafka.consumer.auto-offset-reset", "latest"));
        new PlatformDefaults().postProcessEnvironment(production, new SpringApplication());
        assertThat(production.getProperty(ISSUER)).isEqualTo("https://login.example.com");
        assertThat(production.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("latest");
        assertThat(production.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
    }

    private static StandardEnvironment environment(Map<String, Object> values) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", values));
        return environment;
    }
}
