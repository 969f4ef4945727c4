package io.pairwise.gateway;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.factory.rewrite.RewriteFunction;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Points a service's OpenAPI document at the gateway: a service names the URL it was reached on (its own
 * host and port), which no caller outside can use. Paths need no change, public paths are the services' own.
 */
@Component
class ApiDocServers implements RewriteFunction<byte[], byte[]> {

    private final JsonMapper json;
    private final @Nullable URI publicUrl;

    ApiDocServers(JsonMapper json, GatewayProperties properties) {
        this.json = json;
        this.publicUrl = properties.publicUrl();
    }

    @Override
    public Publisher<byte[]> apply(ServerWebExchange exchange, byte @Nullable [] body) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        if (body == null || status == null || !status.is2xxSuccessful()) {
            return Mono.justOrEmpty(body);
        }
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (JacksonException notJson) {
            return Mono.just(body);
        }
        if (!(document instanceof ObjectNode openApi)) {
            return Mono.just(body);
        }
        openApi.putArray("servers").addObject()
                .put("url", gatewayUrl(exchange))
                .put("description", "Pairwise gateway");
        return Mono.just(json.writeValueAsBytes(openApi));
    }

    private String gatewayUrl(ServerWebExchange exchange) {
        if (publicUrl != null) {
            return publicUrl.toString();
        }
        return UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
                .replacePath(null).replaceQuery(null).fragment(null).build().toUriString();
    }
}
