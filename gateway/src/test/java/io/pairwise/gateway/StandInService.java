package io.pairwise.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A real HTTP server standing in for a downstream service, on a port of its own: it records every request
 * and, unless told otherwise, answers 200 with who it is and what it was asked (echoing the correlation id
 * as the services do), and serves an OpenAPI document naming its own URL as its server.
 */
final class StandInService implements AutoCloseable {

    /** What the service was asked: method, path with query, headers (lower-case names, first values), body. */
    record Received(String method, String uri, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** How to answer a request; {@link #answer} is the default. */
    @FunctionalInterface
    interface Behaviour {
        void handle(HttpExchange exchange, StandInService service) throws IOException;
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StandInService(String name, int port, Behaviour behaviour) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(
                        e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().getFirst(), (a, b) -> a));
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
                behaviour.handle(exchange, this);
            }
        });
        server.start();
    }

    static StandInService start(String name) {
        return start(name, StandInService::answer);
    }

    static StandInService start(String name, Behaviour behaviour) {
        return new StandInService(name, 0, behaviour);
    }

    /** On a given port, e.g. one a route already points at while nothing listened there. */
    static StandInService startOn(int port, String name) {
        return new StandInService(name, port, StandInService::answer);
    }

    /** A port nothing listens on, for a service that is down. */
    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    long count(Predicate<Received> which) {
        return received.stream().filter(which).count();
    }

    /** The default answer: the service's OpenAPI document on {@code /v3/api-docs}, else who answered what. */
    static void answer(HttpExchange exchange, StandInService service) throws IOException {
        String correlationId = exchange.getRequestHeaders().getFirst(CorrelationIdFilter.HEADER);
        if (correlationId != null) {
            exchange.getResponseHeaders().set(CorrelationIdFilter.HEADER, correlationId);
        }
        if (exchange.getRequestURI().getPath().equals(ServiceRoutes.SERVICE_API_DOCS)) {
            send(exchange, 200, "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Pairwise " + service.name + "\",\"version\":\"v1\"},"
                    + "\"servers\":[{\"url\":\"" + service.url() + "\",\"description\":\"Generated server url\"}],"
                    + "\"paths\":{\"/api/v1/example\":{}}}");
            return;
        }
        send(exchange, 200, "{\"answeredBy\":\"" + service.name + "\",\"method\":\"" + exchange.getRequestMethod()
                + "\",\"path\":\"" + exchange.getRequestURI() + "\"}");
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
