package io.pairwise.analytics.web;

import io.pairwise.platform.security.PlatformSecurity;
import io.pairwise.platform.security.ProblemSecurityHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard's pages, scripts and styles are public (a browser cannot attach a bearer token to a
 * page load); the figures they fetch from {@code /api/v1/analytics} are not. Defining the chains here
 * replaces the kit's single default chain, and the second one is exactly the kit's.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

    static final String DASHBOARD = "/dashboard/**";

    /** The gateway's policy, also when the service is reached directly; the sign-in talks to the provider. */
    static String contentSecurityPolicy(String issuerOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"
                + (issuerOrigin.isEmpty() ? "" : " " + issuerOrigin) + "; font-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    @Order(1)
    SecurityFilterChain dashboardChain(HttpSecurity http, ProblemSecurityHandlers problems, DashboardSignIn signIn)
            throws Exception {
        String policy = contentSecurityPolicy(signIn.issuerOrigin());
        return PlatformSecurity.anonymousReads(http, problems, "/dashboard", DASHBOARD)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain platformChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return PlatformSecurity.filterChain(http, problems);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }
}
