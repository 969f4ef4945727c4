package io.pairwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

class ApiDocServersTest {

    private static final String DOCUMENT = "{\"openapi\":\"3.1.0\",\"servers\":[{\"url\":\"http://10.0.0.5:8081\"}],\"paths\":{}}";

    @Test
    void namesTheConfiguredPublicUrlWhenThereIsOne() {
        ApiDocServers rewrite = rewrite(URI.create("https://mentoring.example.com"));
        assertThat(apply(rewrite, exchange(HttpStatus.OK), DOCUMENT))
                .isEqualTo("{\"openapi\":\"3.1.0\",\"servers\":[{\"url\":\"https://mentoring.example.com\","
                        + "\"description\":\"Pairwise gateway\"}],\"paths\":{}}");
    }

    @Test
    void elseTheSchemeAndHostTheCallerUsed() {
        assertThat(apply(rewrite(null), exchange(HttpStatus.OK), DOCUMENT)).contains("\"url\":\"http://gateway.test:8443\"");
    }

    @Test
    void leavesFailuresAndAnythingButAJsonObjectAlone() {
        assertThat(apply(rewrite(null), exchange(HttpStatus.NOT_FOUND), DOCUMENT)).isEqualTo(DOCUMENT);
        assertThat(apply(rewrite(null), exchange(HttpStatus.OK), "not json")).isEqualTo("not json");
        assertThat(apply(rewrite(null), exchange(HttpStatus.OK), "[1,2]")).isEqualTo("[1,2]");
    }

    private static ApiDocServers rewrite(URI publicUrl) {
        GatewayProperties properties = new GatewayProperties(null, null, null, DataSize.ofMegabytes(1), null, null, null, null, publicUrl);
        return new ApiDocServers(JsonMapper.shared(), properties);
    }

    private static MockServerWebExchange exchange(HttpStatus status) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("http://gateway.test:8443/v3/api-docs?x=1"));
        exchange.getResponse().setStatusCode(status);
        return exchange;
    }

    private static String apply(ApiDocServers rewrite, MockServerWebExchange exchange, String body) {
        byte[] rewritten = Mono.from(rewrite.apply(exchange, body.getBytes(StandardCharsets.UTF_8))).block();
        return new String(rewritten, StandardCharsets.UTF_8);
    }
}
