package io.pairwise.gateway;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above {@code pairwise.gateway.max-body-size} with 413 before any service sees
 * them: at once when the declared length is too large, else (a chunked body) as soon as the bytes read
 * pass the limit. The body is buffered here, within the limit, so retries and fallbacks can replay it.
 */
@Component
class BodySizeLimitFilter implements GlobalFilter, Ordered {

    private final DataSize maxBodySize;

    BodySizeLimitFilter(GatewayProperties properties) {
        this.maxBodySize = properties.maxBodySize();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > maxBodySize.toBytes()) {
            return tooLarge(exchange);
        }
        ServerWebExchange limited = exchange.mutate().request(new LimitedBody(exchange.getRequest())).build();
        return ServerWebExchangeUtils.cacheRequestBody(limited, cached -> chain.filter(limited.mutate().request(cached).build()))
                .onErrorResume(BodyTooLarge.class, e -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return ProblemResponses.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                "The request body is larger than the " + maxBodySize.toBytes() + " bytes accepted.",
                Map.of("maxBytes", maxBodySize.toBytes()));
    }

    @Override
    public int getOrder() {
        // After the rate limit, which needs no body; before Spring Cloud Gateway reads it for retries.
        return RateLimitFilter.ORDER + 1;
    }

    private final class LimitedBody extends ServerHttpRequestDecorator {

        LimitedBody(ServerHttpRequest request) {
            super(request);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > maxBodySize.toBytes()) {
                    DataBufferUtils.release(buffer);
                    sink.error(new BodyTooLarge());
                } else {
                    sink.next(buffer);
                }
            });
        }
    }

    private static final class BodyTooLarge extends RuntimeException {

        BodyTooLarge() {
            super(null, null, false, false);
        }
    }
}
