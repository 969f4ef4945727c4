package io.pairwise.platform;

import io.pairwise.platform.observability.MongoPingHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Replaces Boot's MongoDB health check (contributor name {@code mongo}) with one the embedded store answers. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class PlatformHealthAutoConfiguration {

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
