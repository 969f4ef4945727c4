package io.pairwise.session.api;

import io.pairwise.platform.security.PlatformSecurity;
import io.pairwise.platform.security.ProblemSecurityHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform's security for everything, except calendar feeds: calendar clients (Outlook, Google)
 * cannot send a bearer token, so a feed is opened by the secret token in its URL instead (checked by
 * {@link CalendarController}). Defining the chains here replaces the kit's single default chain, and the
 * second one is exactly the kit's.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String FEEDS = "/api/v1/sessions/calendar/feeds/**";

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return PlatformSecurity.anonymousReads(http, problems, FEEDS).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain platformChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return PlatformSecurity.filterChain(http, problems);
    }
}
