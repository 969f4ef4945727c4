package io.pairwise.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A {@link TestClock} as the application's clock (the kit's own clock backs off when there is one):
 * list it in {@code @SpringBootTest(classes = ...)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    TestClock testClock() {
        return new TestClock();
    }
}
