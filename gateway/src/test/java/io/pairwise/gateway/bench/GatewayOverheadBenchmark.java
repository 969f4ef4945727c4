package io.pairwise.gateway.bench;

import com.sun.net.httpserver.HttpServer;
import io.pairwise.deploy.DevIssuer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gateway overhead per request: one load loop (JDK HttpClient, HTTP/1.1, fixed concurrency, fixed request
 * count) against a stand-in service, first directly, then through the gateway running as its own process
 * (the built jar) with its production configuration: token check, rate limit, breaker, retry filter, access
 * log, metrics. Same machine, same client, same request (with its bearer token), same service.
 *
 * <p>Not a test; run it with {@code gateway/bench/overhead.sh}. Arguments: the gateway jar, then optionally
 * concurrency levels (default {@code 1,16}), requests per measured run (default 20000) and rounds (default 2).
 */
public final class GatewayOverheadBenchmark {

    private static final String PATH = "/api/v1/profile/programs?status=open";
    private static final byte[] ANSWER = "{\"items\":[{\"id\":\"p-1\",\"name\":\"Onboarding buddies\",\"status\":\"OPEN\"}],\"total\":1}"
            .getBytes(StandardCharsets.UTF_8);

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int[] concurrencies = Arrays.stream((args.length > 1 ? args[1] : "1,16").split(",")).mapToInt(Integer::parseInt).toArray();
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;

        try (DevIssuer issuer = DevIssuer.start(0, null);
             ExecutorService serverThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpServer service = standInService(serverThreads);
            int gatewayPort = freePort();
            Process gateway = startGateway(jar, gatewayPort, service.getAddress().getPort(), issuer);
            try {
                String token = issuer.mint("bench-user", List.of("PROGRAM_ADMIN"), Duration.ofHours(1));
                URI direct = URI.create("http://localhost:" + service.getAddress().getPort() + PATH);
                URI viaGateway = URI.create("http://localhost:" + gatewayPort + PATH);
                awaitReady(URI.create("http://localhost:" + gatewayPort + "/actuator/health/readiness"));

                System.out.printf(Locale.ROOT, "%d cores, %s, %d requests per run%n",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"), requests);
                System.out.printf(Locale.ROOT, "%-8s %11s %5s %11s %11s %11s%n", "target", "concurrency", "round", "median ms",
                        "p99 ms", "req/s");
                for (int concurrency : concurrencies) {
                    // Warm-up of both paths (JIT, connection pools), not reported.
                    run(direct, token, concurrency, requests / 2);
                    run(viaGateway, token, concurrency, requests / 2);
                    for (int round = 1; round <= rounds; round++) {
                        print("direct", concurrency, round, run(direct, token, concurrency, requests));
                        print("gateway", concurrency, round, run(viaGateway, token, concurrency, requests));
                    }
                }
            } finally {
                gateway.destroy();
                gateway.waitFor();
                service.stop(0);
            }
        }
    }

    private record Result(long[] latencyNanos, long wallNanos) {

        double percentileMillis(double percentile) {
            int index = (int) Math.ceil(percentile / 100 * latencyNanos.length) - 1;
            return latencyNanos[Math.max(0, index)] / 1e6;
        }

        double perSecond() {
            return latencyNanos.length / (wallNanos / 1e9);
        }
    }

    private static void print(String target, int concurrency, int round, Result result) {
        System.out.printf(Locale.ROOT, "%-8s %11d %5d %11.3f %11.3f %11.0f%n", target, concurrency, round,
                result.percentileMillis(50), result.percentileMillis(99), result.perSecond());
    }

    /** {@code concurrency} callers, each sending its next request when the last one was answered. */
    private static Result run(URI uri, String token, int concurrency, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[requests];
        long start = System.nanoTime();
        try (ExecutorService callers = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                workers.add(callers.submit(() -> {
                    for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies[n] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                                    + new String(response.body(), StandardCharsets.UTF_8));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            client.close();
        }
        long wall = System.nanoTime() - start;
        Arrays.sort(latencies);
        return new Result(latencies, wall);
    }

    private static HttpServer standInService(ExecutorService threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 1024);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ANSWER.length);
                exchange.getResponseBody().write(ANSWER);
            }
        });
        server.start();
        return server;
    }

    private static Process startGateway(Path jar, int port, int servicePort, DevIssuer issuer) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = jar.resolveSibling("bench-gateway.log");
        System.out.println("gateway log: " + log);
        return new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port,
                "--PROFILE_SERVICE_URI=http://localhost:" + servicePort,
                "--PAIRWISE_ISSUER_URI=" + issuer.issuerUri(),
                // Limits that never bite, so the limiter's cost is measured but not its refusals.
                "--pairwise.gateway.rate-limit.per-user.requests-per-second=1000000",
                "--pairwise.gateway.rate-limit.per-user.burst=1000000")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitReady(URI readiness) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The gateway was not ready within 60 s; see its log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
