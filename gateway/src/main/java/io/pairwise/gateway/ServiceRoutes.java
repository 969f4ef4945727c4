package io.pairwise.gateway;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The routes, built from {@link GatewayProperties#services()} so that every route to a service gets the same
 * treatment: the service's explicit timeouts, its circuit breaker (one per service, shared by its routes)
 * with a problem-response fallback, read retries inside the breaker, and load balancing over the service's
 * instances ({@code lb://<service>}). Paths are not rewritten: public paths are the services' own.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    /** Where a service's OpenAPI document lives on the service itself. */
    static final String SERVICE_API_DOCS = "/v3/api-docs";

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, GatewayProperties properties, ApiDocServers apiDocServers) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((service, config) -> {
            config.routes().forEach((id, path) ->
                    routes.route(id, r -> toService(r, path, service, config, properties.readRetries(), f -> f)));
            routes.route(service + "-docs", r -> toService(r, config.docs(), service, config, properties.readRetries(),
                    f -> f.setPath(SERVICE_API_DOCS).modifyResponseBody(byte[].class, byte[].class, apiDocServers)));
        });
        return routes.build();
    }

    private static Buildable<Route> toService(PredicateSpec route, String path, String service, GatewayProperties.Service config,
                                              GatewayProperties.ReadRetries retries, UnaryOperator<GatewayFilterSpec> extra) {
        return route.path(path)
                // Filters of equal order run in the order added: the breaker sees one call however many
                // attempts the retry inside it makes, and never its own fallback answer being retried.
                .filters(f -> extra.apply(f
                        .circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:/fallback/" + service))
                        .retry(retry -> retry
                                .setRetries(retries.retries())
                                .setMethods(HttpMethod.GET, HttpMethod.HEAD)
                                // Refused or reset connections and a service saying it is momentarily
                                // unavailable; a timed-out read is not repeated, it would only wait again.
                                .setExceptions(IOException.class)
                                .setSeries()
                                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                                .setBackoff(retries.firstBackoff(), retries.maxBackoff(), 2, false)
                                .setTimeout(config.responseTimeout()))))
                .metadata(CONNECT_TIMEOUT_ATTR, Math.toIntExact(config.connectTimeout().toMillis()))
                .metadata(RESPONSE_TIMEOUT_ATTR, config.responseTimeout().toMillis())
                .uri("lb://" + service);
    }
}
